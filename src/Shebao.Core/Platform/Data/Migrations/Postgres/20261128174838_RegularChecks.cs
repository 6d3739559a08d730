using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Postgres
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
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrgUnitCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OrgPath = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CheckedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Findings = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    FollowUp = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    CheckedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
