using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Proofs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Proofs",
                columns: table => new
                {
                    Number = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Type = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SubjectSummary = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    IssuerName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IssuerOrgUnitCode = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    IssuedBy = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    VerifyCodeHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ContentHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proofs", x => x.Number);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Proofs_IssuedAt",
                table: "Proofs",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Proofs_Type_IssuedAt",
                table: "Proofs",
                columns: new[] { "Type", "IssuedAt" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Proofs");
        }
    }
}
