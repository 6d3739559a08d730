using System.Globalization;

namespace Shebao.Core.Modules.Persons.Demo;

/// <summary>
/// Realistic demo persons: valid GB 11643 numbers with Yeji's and its former parent counties' area codes,
/// a rural age spread, common names, and a share of special identities. Deterministic for a given seed.
/// </summary>
internal sealed class DemoPersonGenerator(int seed)
{
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏付方邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严武戴孔汤";
    private const string MaleChars = "伟强军勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯俊峰磊建国志文林成德海山宏永学兵传家玉祥云龙春生";
    private const string FemaleChars = "芳娜敏静丽艳娟霞燕玲桂兰英红梅琴秀珍华萍凤琳雪婷慧莉洁颖倩月翠云香荣春菊霞丹晶";
    private static readonly string[] Banks = ["中国农业银行", "中国邮政储蓄银行", "安徽叶集农村商业银行", "中国建设银行", "中国工商银行"];
    private static readonly (string Code, int Weight)[] AreaBefore2016 = [("341522", 80), ("342422", 6), ("341502", 6), ("341503", 6), ("341504", 2)];
    private static readonly (string Code, int Weight)[] Specials = [("021", 2), ("022", 2), ("023", 1), ("031", 1), ("051", 1), ("061", 2), ("062", 1), ("071", 1)];
    private readonly Random random = new(seed);

    public NewPersonData Next(DateOnly today, string addressPrefix)
    {
        var birth = NextBirthDate(today);
        var area = birth.Year >= 2016 ? "341504" : Pick(AreaBefore2016);
        var male = random.Next(2) == 0;
        var sequence = random.Next(0, 500) * 2 + (male ? 1 : 0);
        var first17 = area + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + sequence.ToString("000", CultureInfo.InvariantCulture);
        var id = first17 + IdNumber.CheckChar(first17);
        var givenLength = random.Next(10) < 7 ? 2 : 1;
        var chars = male ? MaleChars : FemaleChars;
        var name = Surnames[random.Next(Surnames.Length)] + new string(Enumerable.Range(0, givenLength).Select(_ => chars[random.Next(chars.Length)]).ToArray());
        var group = random.Next(1, 13);
        var hasPhone = random.Next(10) < 7;
        var hasBank = random.Next(10) < 6;
        var special = random.Next(100) < 8 ? Pick(Specials) : SpecialIdentities.Ordinary;
        return new NewPersonData(
            name, id,
            hasPhone ? "1" + "35789"[random.Next(5)] + random.Next(0, 1_000_000_000).ToString("000000000", CultureInfo.InvariantCulture) : null,
            hasBank ? "622" + random.NextInt64(0, 10_000_000_000_000_000).ToString("0000000000000000", CultureInfo.InvariantCulture) : null,
            hasBank ? Banks[random.Next(Banks.Length)] : null,
            $"{addressPrefix}第{group}组{random.Next(1, 120)}号",
            random.Next(100) < 98 ? "01" : "03",
            random.Next(10) < 8 ? HouseholdTypes.Rural : HouseholdTypes.Resident,
            $"第{group}组",
            special);
    }

    /// <summary>Ages 16–95, weighted towards the older rural population the village office mostly serves.</summary>
    private DateOnly NextBirthDate(DateOnly today)
    {
        var age = random.Next(100) switch
        {
            < 25 => random.Next(16, 40),
            < 60 => random.Next(40, 60),
            _ => random.Next(60, 96),
        };
        return today.AddYears(-age).AddDays(-random.Next(0, 365));
    }

    private string Pick((string Code, int Weight)[] options)
    {
        var roll = random.Next(options.Sum(o => o.Weight));
        foreach (var (code, weight) in options)
        {
            if (roll < weight) return code;
            roll -= weight;
        }
        return options[^1].Code;
    }
}
