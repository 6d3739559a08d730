using System.Text;
using Shebao.Core.Platform.Files;

namespace Shebao.Tests.Platform.Files;

public sealed class CsvTableTests
{
    private static readonly CsvFormat Optional = CsvFormat.Of("code,name,kind", CsvHeader.Optional, 10);
    private static readonly CsvFormat Required = CsvFormat.Of("code,name,kind", CsvHeader.Required, 10);

    private static CsvTable Table(string text, CsvFormat? format = null)
    {
        var (table, error) = CsvTable.Read(new StringReader(text), format ?? Optional);
        Assert.Null(error);
        return table!;
    }

    private static CsvError Error(string text, CsvFormat? format = null)
    {
        var (table, error) = CsvTable.Read(new StringReader(text), format ?? Optional);
        Assert.Null(table);
        return error!;
    }

    [Theory]
    [InlineData("a,\"b,c\",\"d\"\"e\",", new[] { "a", "b,c", "d\"e", "" })] // comma and escaped quote inside quotes, empty last cell
    [InlineData(" a , \" b \" ,c", new[] { "a", "b", "c" })] // cells are trimmed, quoted ones too
    [InlineData("\"\",x,\"\"\"\"", new[] { "", "x", "\"" })] // an empty quoted cell; a cell that is one quote
    [InlineData("国庆节,“全角引号”不算,y", new[] { "国庆节", "“全角引号”不算", "y" })]
    public void Cells_SplitOnCommasOutsideQuotes(string line, string[] cells) =>
        Assert.Equal(cells, Table(line).Rows.Single().Cells);

    [Fact]
    public void QuotedCell_MayHoldLineBreaks_AndTheRowKeepsTheLineItStartsOn()
    {
        var table = Table("code,name,kind\n1,\"第一行\n第二行\r\n第三行\",v\n2,b,v\n");
        Assert.Equal("第一行\n第二行\n第三行", table.Rows[0][1]);
        Assert.Equal([2, 5], table.Rows.Select(r => r.Line));
        Assert.Equal(5, table.Lines);
    }

    [Theory]
    [InlineData("\uFEFFcode,name,kind\r\n1,a,v\r\n")]
    [InlineData("code,name,kind\n1,a,v")]
    [InlineData("code,name,kind\r1,a,v\r")]
    public void BomAndLineEndings_DoNotReachTheCells(string text)
    {
        var table = Table(text);
        Assert.Equal(["code", "name", "kind"], table.Header);
        Assert.Equal(["1", "a", "v"], table.Rows.Single().Cells);
    }

    [Fact]
    public async Task UploadedBytes_WithBom_AreReadAsUtf8()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("code,name,kind\n1,三元镇,v\n")).ToArray();
        var (table, error) = await CsvTable.ReadAsync(new MemoryStream(bytes), Optional, CancellationToken.None);
        Assert.Null(error);
        Assert.Equal("三元镇", table!.Rows.Single()[1]);
    }

    [Fact]
    public async Task UploadedBytes_NotUtf8_AreRefused_NotReadAsGarbage()
    {
        var gbk = new byte[] { (byte)'1', (byte)',', 0xC8, 0xFD, 0xD4, 0xAA, (byte)',', (byte)'v', (byte)'\n' };
        var (table, error) = await CsvTable.ReadAsync(new MemoryStream(gbk), Optional, CancellationToken.None);
        Assert.Null(table);
        Assert.Equal("第1行：" + CsvTable.NotUtf8, error!.ToString());
    }

    [Fact]
    public void BlankLines_AreSkipped_ButCounted()
    {
        var table = Table("\n   \ncode,name,kind\n\n1,a,v\n \t \n2,b,v\n\n");
        Assert.Equal(["code", "name", "kind"], table.Header);
        Assert.Equal([5, 7], table.Rows.Select(r => r.Line));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n \r\n")]
    public void NothingButBlankLines_IsEmpty(string text) => Assert.True(Table(text).IsEmpty);

    [Fact]
    public void OptionalHeader_LeftOut_ColumnsGoByPosition()
    {
        var table = Table("1,a,v\n2,b\n");
        Assert.Empty(table.Header);
        Assert.Equal([1, 2], table.Rows.Select(r => r.Line));
        Assert.Equal((2, "", null), (table.Rows[1].Width, table.Rows[1][2], table.Rows[1].Cell(2)));
    }

    [Fact]
    public void Header_FindsColumnsByName_InAnyOrderAndCase()
    {
        var row = Table("KIND,code,Name\nv,1,a,extra\n").Rows.Single();
        Assert.Equal(["1", "a", "v"], row.Cells);
        Assert.Equal(4, row.Width);
    }

    [Fact]
    public void OptionalColumn_MayBeMissingFromTheHeader()
    {
        var format = new CsvFormat([new("code"), new("name"), new("source", Required: false)], CsvHeader.Optional, 10);
        var row = Table("name,code\na,1\n", format).Rows.Single();
        Assert.Equal(("1", "a", null), (row[0], row[1], row.Cell(2)));
    }

    [Theory]
    [InlineData("code,kind\n1,v\n", 1, "表头缺少必填列“name”")]
    [InlineData("\ncode,name\n1,a\n", 2, "表头缺少必填列“kind”")]
    [InlineData("code,名称,kind\n", 1, "表头第2列“名称”不是本文件的列；表头缺少必填列“name”")]
    [InlineData("code,name,kind,code\n", 1, "表头中“code”出现了两次")]
    public void WrongHeader_IsOneErrorOnItsLine_NamingTheColumns(string text, int line, string message)
    {
        var error = Error(text, Required);
        Assert.Equal(line, error.Line);
        Assert.Equal($"{message}。应有的列：code,name,kind", error.Message);
    }

    [Fact]
    public void OptionalHeader_WithAMisspelledColumn_IsStillTakenAsAHeader() =>
        Assert.Equal("第1行：表头第2列“名字”不是本文件的列；表头缺少必填列“name”。应有的列：code,name,kind", Error("code,名字,kind\n1,a,v\n").ToString());

    [Fact]
    public void RequiredHeader_LeftOut_SaysWhatTheFirstLineShouldBe() =>
        Assert.Equal("第1行：第一行应为表头：code,name,kind", Error("1,a,v\n", Required).ToString());

    [Fact]
    public void AnyColumns_KeepsHeaderAndCellsAsInTheFile()
    {
        var table = Table("姓名*,金额\n张三,1\n李四,2,3\n", CsvFormat.AnyColumns(10));
        Assert.Equal(["姓名*", "金额"], table.Header);
        Assert.Equal(["李四", "2", "3"], table.Rows[1].Cells);
    }

    [Fact]
    public void UnclosedQuote_IsRefused_OnTheLineItOpens()
    {
        var error = Error("code,name,kind\n1,a,v\n2,\"b,v\n3,c,v\n");
        Assert.Equal(3, error.Line);
        Assert.StartsWith("引号不成对", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LineCap_CountsEveryLine_AndRefusesTheWholeFile()
    {
        var ten = string.Concat(Enumerable.Range(1, 9).Select(i => $"{i},a,v\n")) + "\n";
        Assert.Equal(9, Table(ten).Rows.Count);
        var error = Error(ten + "11,a,v\n");
        Assert.Equal(new CsvError(11, "文件超过10行，请分批导入"), error);
        Assert.Equal("第11行：文件超过10行，请分批导入", error.ToString());
    }

    [Fact]
    public async Task ReadAsync_GivesTheSameTableAsRead()
    {
        const string text = "code,name,kind\n1,\"a\nb\",v\n\n2,b,v\n";
        var (table, _) = await CsvTable.ReadAsync(new StringReader(text), Optional, CancellationToken.None);
        Assert.Equal(Table(text).Rows.Select(r => (r.Line, string.Join("|", r.Cells))), table!.Rows.Select(r => (r.Line, string.Join("|", r.Cells))));
    }

    [Theory]
    [InlineData("1,张\"三,v", "张\"三")] // a quote inside an unquoted cell is a literal (RFC 4180)
    [InlineData("1,a\"b\"c,v", "a\"b\"c")]
    public void QuoteInsideAnUnquotedCell_IsKeptAsItIs_AndOpensNothing(string line, string name)
    {
        var table = Table("code,name,kind\n" + line + "\n2,b,v\n");
        Assert.Equal([name, "b"], table.Rows.Select(r => r[1]));
        Assert.Equal([2, 3], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void RowWiderThanTheHeader_SaysHowManyCellsHaveNoColumn()
    {
        var rows = Table("code,name,kind\n1,a,v\n2,b,v,extra\n", Required).Rows;
        Assert.Equal([0, 1], rows.Select(r => r.PastHeader));
        Assert.Equal(4, rows[1].Width);
    }
}
