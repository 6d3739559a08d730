using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Certification : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Beneficiaries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CentreCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    SubjectType = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    BenefitItems = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    DisabilityGrade = table.Column<string>(type: "TEXT", maxLength: 2, nullable: true),
                    DeceasedWorkerName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Relationship = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    MonthlyAmount = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LastCertifiedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LastMethod = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    LastPlace = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    NextDueMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PausedFrom = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    PauseReason = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    TerminatedFrom = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Beneficiaries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenefitPauses",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    BeneficiaryId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    FromMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PausedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PausedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    ResumedMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    BackPayMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    BackPayAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    ResumedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenefitPauses", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "SuspectedDeaths",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BeneficiaryId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Scheme = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    CentreCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    DeathDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Remarks = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ResolvedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    ResolvedAt = table.Column<DateTime>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SuspectedDeaths", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Beneficiaries_CentreCode_Status_NextDueMonth",
                table: "Beneficiaries",
                columns: new[] { "CentreCode", "Status", "NextDueMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_Beneficiaries_OrgPath_Status_NextDueMonth",
                table: "Beneficiaries",
                columns: new[] { "OrgPath", "Status", "NextDueMonth" });

            migrationBuilder.CreateIndex(
                name: "IX_Beneficiaries_PersonId_Scheme",
                table: "Beneficiaries",
                columns: new[] { "PersonId", "Scheme" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BenefitPauses_BeneficiaryId",
                table: "BenefitPauses",
                column: "BeneficiaryId");

            migrationBuilder.CreateIndex(
                name: "IX_SuspectedDeaths_OrgPath_Outcome",
                table: "SuspectedDeaths",
                columns: new[] { "OrgPath", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_SuspectedDeaths_PersonId_Scheme_DeathDate",
                table: "SuspectedDeaths",
                columns: new[] { "PersonId", "Scheme", "DeathDate" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Beneficiaries");

            migrationBuilder.DropTable(
                name: "BenefitPauses");

            migrationBuilder.DropTable(
                name: "SuspectedDeaths");
        }
    }
}
