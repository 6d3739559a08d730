using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Employers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "EmployerRoll",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    HireDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    WageBase = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Pension = table.Column<bool>(type: "INTEGER", nullable: false),
                    Unemployment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Injury = table.Column<bool>(type: "INTEGER", nullable: false),
                    EffectiveMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    ChangeReason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerRoll", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "EmployerRollChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    EffectiveMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    WageBase = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Pension = table.Column<bool>(type: "INTEGER", nullable: false),
                    Unemployment = table.Column<bool>(type: "INTEGER", nullable: false),
                    Injury = table.Column<bool>(type: "INTEGER", nullable: false),
                    StatusAfter = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EmployerRollChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Employers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CreditCode = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    LegalRepresentative = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    Officer = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    InjuryRiskClass = table.Column<int>(type: "INTEGER", nullable: false),
                    OrgUnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Employers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "FlexibleEnrolments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BaseAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    BaseRatio = table.Column<decimal>(type: "TEXT", precision: 5, scale: 4, nullable: false),
                    StartMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    EndMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    StopReason = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    StopCaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    StopCaseNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_FlexibleEnrolments", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerRoll_EmployerId_PersonId",
                table: "EmployerRoll",
                columns: new[] { "EmployerId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_EmployerRoll_PersonId",
                table: "EmployerRoll",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_EmployerRollChanges_EmployerId_EffectiveMonth",
                table: "EmployerRollChanges",
                columns: new[] { "EmployerId", "EffectiveMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_EmployerRollChanges_PersonId",
                table: "EmployerRollChanges",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Employers_CreditCode",
                table: "Employers",
                column: "CreditCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Employers_OrgPath_Name",
                table: "Employers",
                columns: new[] { "OrgPath", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_Employers_UnitCode",
                table: "Employers",
                column: "UnitCode",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_FlexibleEnrolments_PersonId_Status",
                table: "FlexibleEnrolments",
                columns: new[] { "PersonId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "EmployerRoll");

            migrationBuilder.DropTable(
                name: "EmployerRollChanges");

            migrationBuilder.DropTable(
                name: "Employers");

            migrationBuilder.DropTable(
                name: "FlexibleEnrolments");
        }
    }
}
