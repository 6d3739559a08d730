using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PatternIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Persons_Name_OrgPath",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_OrgPath_Name",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_OrgUnits_Path",
                table: "OrgUnits");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Name_OrgPath",
                table: "Persons",
                columns: new[] { "Name", "OrgPath" })
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops", "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_OrgPath_Name",
                table: "Persons",
                columns: new[] { "OrgPath", "Name" })
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops", "text_pattern_ops" });

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_Path",
                table: "OrgUnits",
                column: "Path")
                .Annotation("Npgsql:IndexOperators", new[] { "text_pattern_ops" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Persons_Name_OrgPath",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_Persons_OrgPath_Name",
                table: "Persons");

            migrationBuilder.DropIndex(
                name: "IX_OrgUnits_Path",
                table: "OrgUnits");

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Name_OrgPath",
                table: "Persons",
                columns: new[] { "Name", "OrgPath" });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_OrgPath_Name",
                table: "Persons",
                columns: new[] { "OrgPath", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_Path",
                table: "OrgUnits",
                column: "Path");
        }
    }
}
