using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class QueryRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "query_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Dataset = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectMasked = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroupKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RowKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_query_records", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_query_records_Dataset_GroupKey",
                table: "query_records",
                columns: new[] { "Dataset", "GroupKey" });

            migrationBuilder.CreateIndex(
                name: "IX_query_records_Dataset_RowKey",
                table: "query_records",
                columns: new[] { "Dataset", "RowKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_query_records_Dataset_SubjectKey_Period",
                table: "query_records",
                columns: new[] { "Dataset", "SubjectKey", "Period" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "query_records");
        }
    }
}
