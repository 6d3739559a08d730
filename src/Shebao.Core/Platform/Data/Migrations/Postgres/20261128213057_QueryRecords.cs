using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Dataset = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    SubjectKey = table.Column<string>(type: "character varying(80)", maxLength: 80, nullable: false),
                    SubjectName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GroupKey = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    EmployerId = table.Column<Guid>(type: "uuid", nullable: true),
                    OrgPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Period = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    RowKey = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Data = table.Column<string>(type: "text", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ImportedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
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
