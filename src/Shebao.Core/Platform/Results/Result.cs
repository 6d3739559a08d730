namespace Shebao.Core.Platform.Results;

public enum ResultKind { Success, Invalid, NotFound, Forbidden, Conflict, Unprocessable, TooLarge, UnsupportedType }

/// <summary>The outcome of a use case. Web turns it into HTTP or ModelState in exactly one place each.</summary>
public class Result
{
    private static readonly IReadOnlyDictionary<string, string[]> NoErrors = new Dictionary<string, string[]>();

    protected Result(ResultKind kind, IReadOnlyDictionary<string, string[]>? errors, string? message)
    {
        Kind = kind;
        Errors = errors ?? NoErrors;
        Message = message;
    }

    public ResultKind Kind { get; }
    public bool IsSuccess => Kind == ResultKind.Success;

    /// <summary>Field errors; messages are zh-CN texts that double as localisation keys.</summary>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    public string? Message { get; }

    public static Result Success() => new(ResultKind.Success, null, null);
    public static Result Invalid(string field, string message) => new(ResultKind.Invalid, new Dictionary<string, string[]> { [field] = [message] }, message);
    public static Result Invalid(IReadOnlyDictionary<string, string[]> errors) => new(ResultKind.Invalid, errors, errors.Values.SelectMany(v => v).FirstOrDefault());
    public static Result NotFound() => new(ResultKind.NotFound, null, "未找到，或不在您的权限范围内");
    public static Result Forbidden(string message = "您的角色不能执行此操作") => new(ResultKind.Forbidden, null, message);
    public static Result Conflict(string message) => new(ResultKind.Conflict, null, message);

    /// <summary>413 and 415 for uploads; the message names the limit or the allowed types.</summary>
    public static Result TooLarge(string message) => new(ResultKind.TooLarge, null, message);

    public static Result UnsupportedType(string message) => new(ResultKind.UnsupportedType, null, message);

    /// <summary>422: the request is well-formed but contradicts an earlier one (an Idempotency-Key reused with another body).</summary>
    public static Result Unprocessable(string message) => new(ResultKind.Unprocessable, null, message);

    /// <summary>422: the applicant does not meet the item's rules; each failed rule is one message under "eligibility".</summary>
    public static Result Ineligible(IReadOnlyList<string> failures) =>
        new(ResultKind.Unprocessable, new Dictionary<string, string[]> { ["eligibility"] = [.. failures] }, "不符合办理条件：" + string.Join("；", failures));
}

public sealed class Result<T> : Result
{
    private Result(T value) : base(ResultKind.Success, null, null) => Value = value;
    private Result(Result failure) : base(failure.Kind, failure.Errors, failure.Message) { }

    public T? Value { get; }

    public static Result<T> Ok(T value) => new(value);

    public static implicit operator Result<T>(T value) => new(value);

    /// <summary>Carries a failure over to a typed result.</summary>
    public static Result<T> From(Result failure) =>
        failure.IsSuccess ? throw new InvalidOperationException("Use Ok for success.") : new Result<T>(failure);
}

/// <summary>Collects field errors so a handler reports every problem at once.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> errors = new();

    public bool Any => errors.Count > 0;

    public void Add(string field, string message)
    {
        if (!errors.TryGetValue(field, out var list)) errors[field] = list = [];
        list.Add(message);
    }

    public Result ToResult() => Result.Invalid(errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
}
