using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class RegularChecks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "RegularChecks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrgUnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Findings = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    FollowUp = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    CheckedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegularChecks", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_RegularChecks_OrgPath_CheckedOn",
                table: "RegularChecks",
                columns: new[] { "OrgPath", "CheckedOn" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "RegularChecks");
        }
    }
}
