using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Postgres
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
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Personal = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    ProvincialSubsidy = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    CitySubsidy = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    CountySubsidy = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Collective = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    GovernmentPaid = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    TransferredIn = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Interest = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    InterestThroughYear = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentAccounts", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "ResidentBenefits",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    BasicCentral = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    BasicProvincial = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    BasicCity = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    BasicCounty = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    BasicBonus = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    AccountPension = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Monthly = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    AccountBalanceAtStart = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Divisor = table.Column<decimal>(type: "numeric(8,2)", precision: 8, scale: 2, nullable: false),
                    YearsPaid = table.Column<int>(type: "integer", nullable: false),
                    ParametersUsed = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    PaymentAccountCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PaymentAccountMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    Status = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    PaidThroughMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    PauseReason = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    PauseMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    ResumedMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    BackPayMonths = table.Column<int>(type: "integer", nullable: false),
                    BackPayAmount = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    TerminationReason = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    TerminationMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    DeathDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Overpayment = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    OverpaymentDeducted = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    Refund = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    FuneralGrant = table.Column<decimal>(type: "numeric(14,2)", precision: 14, scale: 2, nullable: false),
                    HeirName = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    HeirIdMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    HeirIdCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HeirRelationship = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    HeirAccountCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    HeirAccountMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentBenefits", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "ResidentContributions",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Kind = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    Grade = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Personal = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    ProvincialSubsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    CitySubsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    CountySubsidy = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Collective = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    GovernmentPaid = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ReceivedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentContributions", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "ResidentEnrolments",
                columns: table => new
                {
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    EnrolledMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    Grade = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: false),
                    PaymentMethod = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    WithholdingAccountCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WithholdingAccountMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    InsuredIdentity = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    Age60Month = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: false),
                    InterruptReason = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: true),
                    InterruptMonth = table.Column<string>(type: "character varying(7)", maxLength: 7, nullable: true),
                    InterruptRemark = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    TransferredFrom = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    TransferredYears = table.Column<int>(type: "integer", nullable: false),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ResidentEnrolments", x => x.PersonId);
                });

            migrationBuilder.CreateTable(
                name: "SpecialIdentities",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "date", nullable: true),
                    Authority = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    CertificateCipher = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    CertificateMasked = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    EndedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    CaseId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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
