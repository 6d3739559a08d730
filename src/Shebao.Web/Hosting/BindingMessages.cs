using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Shebao.Web.Hosting;

/// <summary>Form values that cannot be read (a letter in a number box) get a Chinese message, never the framework's English.</summary>
public static class BindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider p)
    {
        p.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”不是有效的{field}");
        p.SetValueIsInvalidAccessor(value => $"“{value}”格式不正确");
        p.SetValueMustBeANumberAccessor(field => $"{field}必须是数字");
        p.SetValueMustNotBeNullAccessor(field => $"请填写{field}");
        p.SetMissingBindRequiredValueAccessor(field => $"请填写{field}");
        p.SetUnknownValueIsInvalidAccessor(field => $"{field}的值无效");
        p.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”无效");
        p.SetNonPropertyValueMustBeANumberAccessor(() => "必须是数字");
        p.SetMissingKeyOrValueAccessor(() => "缺少必填值");
        p.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容不能为空");
        p.SetNonPropertyUnknownValueIsInvalidAccessor(() => "值无效");
    }
}
