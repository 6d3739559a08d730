using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ResidentRecords : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "ResidentAccounts",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Personal = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    ProvincialSubsidy = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    CitySubsidy = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    CountySubsidy = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Collective = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    GovernmentPaid = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    TransferredIn = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Interest = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    InterestThroughYear = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentAccounts", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "ResidentBenefits",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    StartMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    BasicCentral = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    BasicProvincial = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    BasicCity = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    BasicCounty = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    BasicBonus = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    AccountPension = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Monthly = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    AccountBalanceAtStart = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Divisor = table.Column<decimal>(type: "TEXT", precision: 8, scale: 2, nullable: false),
                    YearsPaid = table.Column<int>(type: "INTEGER", nullable: false),
                    ParametersUsed = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    PaymentAccountCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PaymentAccountMasked = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    PaidThroughMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    PauseReason = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    PauseMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    ResumedMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    BackPayMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    BackPayAmount = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    TerminationReason = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    TerminationMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    DeathDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Overpayment = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    OverpaymentDeducted = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    Refund = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    FuneralGrant = table.Column<decimal>(type: "TEXT", precision: 14, scale: 2, nullable: false),
                    HeirName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    HeirIdMasked = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    HeirIdCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HeirRelationship = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    HeirAccountCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HeirAccountMasked = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentBenefits", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "ResidentContributions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    Grade = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Personal = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    ProvincialSubsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    CitySubsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    CountySubsidy = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Collective = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    GovernmentPaid = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentContributions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResidentEnrolments",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EnrolledMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    Grade = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: false),
                    PaymentMethod = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    WithholdingAccountCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WithholdingAccountMasked = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    InsuredIdentity = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    Age60Month = table.Column<string>(type: "TEXT", maxLength: 7, nullable: false),
                    InterruptReason = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    InterruptMonth = table.Column<string>(type: "TEXT", maxLength: 7, nullable: true),
                    InterruptRemark = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TransferredFrom = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    TransferredYears = table.Column<int>(type: "INTEGER", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentEnrolments", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "SpecialIdentities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Authority = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    CertificateCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    CertificateMasked = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SpecialIdentities", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentContributions_PersonId_Year",
                table: "ResidentContributions",
                columns: new[] { "PersonId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpecialIdentities_PersonId",
                table: "SpecialIdentities",
                column: "PersonId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ResidentAccounts");

            migrationBuilder.DropTable(
                name: "ResidentBenefits");

            migrationBuilder.DropTable(
                name: "ResidentContributions");

            migrationBuilder.DropTable(
                name: "ResidentEnrolments");

            migrationBuilder.DropTable(
                name: "SpecialIdentities");
        }
    }
}
