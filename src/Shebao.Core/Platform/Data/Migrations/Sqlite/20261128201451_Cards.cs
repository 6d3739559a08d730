using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Cards : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "CardEvents",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CardId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    OrgUnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Note = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CardEvents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Cards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CardNumber = table.Column<string>(type: "TEXT", maxLength: 9, nullable: true),
                    CardIdentifier = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    IssuingArea = table.Column<string>(type: "TEXT", maxLength: 6, nullable: false),
                    Bank = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IssuedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SocialStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    FinancialStatus = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StatusBeforeLoss = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    LossExpiresOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    PinHash = table.Column<string>(type: "TEXT", maxLength: 120, nullable: true),
                    PinFailures = table.Column<int>(type: "INTEGER", nullable: false),
                    PinLockedUntil = table.Column<DateTime>(type: "TEXT", nullable: true),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Postcode = table.Column<string>(type: "TEXT", maxLength: 6, nullable: true),
                    Delivery = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    MailingAddress = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhotoSource = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ApplicationNo = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    BatchNo = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    ReplacesCardId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ReplacementReason = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cards", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CardEvents_CardId_At",
                table: "CardEvents",
                columns: new[] { "CardId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_ApplicationNo",
                table: "Cards",
                column: "ApplicationNo",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cards_CardNumber",
                table: "Cards",
                column: "CardNumber",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cards_OneValidPerPerson",
                table: "Cards",
                column: "PersonId",
                unique: true,
                filter: "\"Status\" NOT IN ('replacing', 'cancelled')");

            migrationBuilder.CreateIndex(
                name: "IX_Cards_PersonId_CreatedAt",
                table: "Cards",
                columns: new[] { "PersonId", "CreatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Cards_Status_BatchNo",
                table: "Cards",
                columns: new[] { "Status", "BatchNo" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CardEvents");

            migrationBuilder.DropTable(
                name: "Cards");
        }
    }
}
