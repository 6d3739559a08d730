using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegistryImportsAndCorrections : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "RegistrationPending",
                table: "Persons",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAt",
                table: "CaseAttachments",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "PersonImports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DryRun = table.Column<bool>(type: "INTEGER", nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Total = table.Column<int>(type: "INTEGER", nullable: false),
                    Processed = table.Column<int>(type: "INTEGER", nullable: false),
                    New = table.Column<int>(type: "INTEGER", nullable: false),
                    Changed = table.Column<int>(type: "INTEGER", nullable: false),
                    Unchanged = table.Column<int>(type: "INTEGER", nullable: false),
                    ErrorCount = table.Column<int>(type: "INTEGER", nullable: false),
                    Errors = table.Column<string>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonImports", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_PersonImports_CreatedAt",
                table: "PersonImports",
                column: "CreatedAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PersonImports");

            migrationBuilder.DropColumn(
                name: "RegistrationPending",
                table: "Persons");

            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "CaseAttachments");
        }
    }
}
