using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AspNetRoles",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUsers",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", nullable: false),
                    DisplayName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    OrgUnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Enabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    MustChangePassword = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordChangedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastLoginAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    PasswordHash = table.Column<string>(type: "TEXT", nullable: true),
                    SecurityStamp = table.Column<string>(type: "TEXT", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumber = table.Column<string>(type: "TEXT", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "INTEGER", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "INTEGER", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUsers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditChainHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false),
                    LastSeq = table.Column<long>(type: "INTEGER", nullable: false),
                    LastHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditChainHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AuditEntries",
                columns: table => new
                {
                    Seq = table.Column<long>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UserName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    OrgUnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Ip = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Action = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ObjectType = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    ObjectId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Fields = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    PrevHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditEntries", x => x.Seq);
                });

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
                name: "CalendarDays",
                columns: table => new
                {
                    Date = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarDays", x => x.Date);
                });

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

            migrationBuilder.CreateTable(
                name: "CaseAttachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MaterialCode = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    FileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Size = table.Column<long>(type: "INTEGER", nullable: false),
                    ContentType = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ThumbnailSha256 = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    UploadedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    UploadedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseAttachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CaseNumberCounters",
                columns: table => new
                {
                    Department = table.Column<string>(type: "TEXT", maxLength: 4, nullable: false),
                    Next = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseNumberCounters", x => x.Department);
                });

            migrationBuilder.CreateTable(
                name: "Cases",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 24, nullable: false),
                    ItemCode = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Status = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    CurrentTier = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    PersonIdMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    OrgUnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    CentreCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    AcceptedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    AcceptedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SubmittedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    AssignedReviewer = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    Form = table.Column<string>(type: "TEXT", maxLength: 20000, nullable: false),
                    MissingMaterials = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastReason = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    TimeLimitDays = table.Column<int>(type: "INTEGER", nullable: true),
                    TimeLimitKind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: true),
                    ClockStartedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DaysUsedBeforePause = table.Column<int>(type: "INTEGER", nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ArchiveNo = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    LookupCodeCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    AcceptingTier = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Cases", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "IdempotencyKeys",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_IdempotencyKeys", x => new { x.UserId, x.Key });
                });

            migrationBuilder.CreateTable(
                name: "OrgUnits",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    ParentCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    Path = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Source = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IsDemo = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OrgUnits", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "PersonChanges",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CaseNumber = table.Column<string>(type: "TEXT", maxLength: 24, nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Summary = table.Column<string>(type: "TEXT", maxLength: 500, nullable: false),
                    Before = table.Column<string>(type: "TEXT", nullable: true),
                    After = table.Column<string>(type: "TEXT", nullable: true),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PersonChanges", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Persons",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 50, nullable: false),
                    IdNumberCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IdNumberIndex = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IdNumberMasked = table.Column<string>(type: "TEXT", maxLength: 18, nullable: false),
                    Gender = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    BirthDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Ethnicity = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    PhoneCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    PhoneMasked = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    BankAccountCipher = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    BankAccountMasked = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    BankName = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Address = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    HouseholdType = table.Column<string>(type: "TEXT", maxLength: 2, nullable: false),
                    VillageCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    GroupName = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SpecialIdentity = table.Column<string>(type: "TEXT", maxLength: 3, nullable: false),
                    ResidentInsuredStatus = table.Column<string>(type: "TEXT", maxLength: 1, nullable: false),
                    ResidentPaymentStatus = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    EmployeePensionStatus = table.Column<string>(type: "TEXT", maxLength: 1, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Persons", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "PolicyParameters",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    RegionCode = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    ValidFrom = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ValidTo = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Value = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Unit = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Confidence = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    SourceDoc = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ClosedAt = table.Column<DateTime>(type: "TEXT", nullable: true),
                    ClosedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PolicyParameters", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Proofs",
                columns: table => new
                {
                    Number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectSummary = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    IssuerName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    IssuerOrgUnitCode = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    IssuedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    VerifyCodeHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ContentHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Proofs", x => x.Number);
                });

            migrationBuilder.CreateTable(
                name: "query_records",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Dataset = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    SubjectKey = table.Column<string>(type: "TEXT", maxLength: 80, nullable: false),
                    SubjectName = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    SubjectMasked = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    GroupKey = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: true),
                    EmployerId = table.Column<Guid>(type: "TEXT", nullable: true),
                    OrgPath = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Period = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    RowKey = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Data = table.Column<string>(type: "TEXT", nullable: false),
                    ImportedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ImportedBy = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_query_records", x => x.Id);
                });

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

            migrationBuilder.CreateTable(
                name: "AspNetRoleClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetRoleClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetRoleClaims_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserClaims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    ClaimType = table.Column<string>(type: "TEXT", nullable: true),
                    ClaimValue = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserClaims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AspNetUserClaims_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserLogins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderKey = table.Column<string>(type: "TEXT", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "TEXT", nullable: true),
                    UserId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserLogins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_AspNetUserLogins_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserRoles",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    RoleId = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserRoles", x => new { x.UserId, x.RoleId });
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetRoles_RoleId",
                        column: x => x.RoleId,
                        principalTable: "AspNetRoles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AspNetUserRoles_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "AspNetUserTokens",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "TEXT", nullable: false),
                    LoginProvider = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: false),
                    Value = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AspNetUserTokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_AspNetUserTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CaseHistory",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CaseId = table.Column<Guid>(type: "TEXT", nullable: false),
                    At = table.Column<DateTime>(type: "TEXT", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Action = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 12, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 12, nullable: false),
                    Comment = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    MissingMaterials = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CaseHistory", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CaseHistory_Cases_CaseId",
                        column: x => x.CaseId,
                        principalTable: "Cases",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.InsertData(
                table: "AuditChainHeads",
                columns: new[] { "Id", "LastHash", "LastSeq" },
                values: new object[] { 1, "0000000000000000000000000000000000000000000000000000000000000000", 0L });

            migrationBuilder.CreateIndex(
                name: "IX_AspNetRoleClaims_RoleId",
                table: "AspNetRoleClaims",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "RoleNameIndex",
                table: "AspNetRoles",
                column: "NormalizedName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserClaims_UserId",
                table: "AspNetUserClaims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserLogins_UserId",
                table: "AspNetUserLogins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUserRoles_RoleId",
                table: "AspNetUserRoles",
                column: "RoleId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "AspNetUsers",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_OrgUnitCode",
                table: "AspNetUsers",
                column: "OrgUnitCode");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "AspNetUsers",
                column: "NormalizedUserName",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_At",
                table: "AuditEntries",
                column: "At");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_ObjectType_ObjectId",
                table: "AuditEntries",
                columns: new[] { "ObjectType", "ObjectId" });

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_UserName_At",
                table: "AuditEntries",
                columns: new[] { "UserName", "At" });

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

            migrationBuilder.CreateIndex(
                name: "IX_CaseAttachments_CaseId",
                table: "CaseAttachments",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_CaseHistory_CaseId_At",
                table: "CaseHistory",
                columns: new[] { "CaseId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_CentreCode_Status_DueDate",
                table: "Cases",
                columns: new[] { "CentreCode", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_Number",
                table: "Cases",
                column: "Number",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Cases_OrgPath_Status_DueDate",
                table: "Cases",
                columns: new[] { "OrgPath", "Status", "DueDate" });

            migrationBuilder.CreateIndex(
                name: "IX_Cases_PersonId_ItemCode_Status",
                table: "Cases",
                columns: new[] { "PersonId", "ItemCode", "Status" });

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

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_ParentCode",
                table: "OrgUnits",
                column: "ParentCode");

            migrationBuilder.CreateIndex(
                name: "IX_OrgUnits_Path",
                table: "OrgUnits",
                column: "Path");

            migrationBuilder.CreateIndex(
                name: "IX_PersonChanges_CaseId",
                table: "PersonChanges",
                column: "CaseId");

            migrationBuilder.CreateIndex(
                name: "IX_PersonChanges_PersonId_At",
                table: "PersonChanges",
                columns: new[] { "PersonId", "At" });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_IdNumberIndex",
                table: "Persons",
                column: "IdNumberIndex",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Persons_Name_OrgPath",
                table: "Persons",
                columns: new[] { "Name", "OrgPath" });

            migrationBuilder.CreateIndex(
                name: "IX_Persons_OrgPath_Name",
                table: "Persons",
                columns: new[] { "OrgPath", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_PolicyParameters_Code_RegionCode_ValidFrom",
                table: "PolicyParameters",
                columns: new[] { "Code", "RegionCode", "ValidFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Proofs_IssuedAt",
                table: "Proofs",
                column: "IssuedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Proofs_Type_IssuedAt",
                table: "Proofs",
                columns: new[] { "Type", "IssuedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_query_records_Dataset_GroupKey",
                table: "query_records",
                columns: new[] { "Dataset", "GroupKey" });

            migrationBuilder.CreateIndex(
                name: "IX_query_records_Dataset_RowKey",
                table: "query_records",
                columns: new[] { "Dataset", "RowKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_query_records_Dataset_SubjectKey_Period",
                table: "query_records",
                columns: new[] { "Dataset", "SubjectKey", "Period" });

            migrationBuilder.CreateIndex(
                name: "IX_RegularChecks_OrgPath_CheckedOn",
                table: "RegularChecks",
                columns: new[] { "OrgPath", "CheckedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ResidentContributions_PersonId_Year",
                table: "ResidentContributions",
                columns: new[] { "PersonId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SpecialIdentities_PersonId",
                table: "SpecialIdentities",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_SuspectedDeaths_OrgPath_Outcome",
                table: "SuspectedDeaths",
                columns: new[] { "OrgPath", "Outcome" });

            migrationBuilder.CreateIndex(
                name: "IX_SuspectedDeaths_PersonId_Scheme_DeathDate",
                table: "SuspectedDeaths",
                columns: new[] { "PersonId", "Scheme", "DeathDate" },
                unique: true);

            // Written by hand after the generated code: the audit trail refuses UPDATE and DELETE (EF does not model triggers).
            AuditAppendOnly.CreateSqlite(migrationBuilder);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AspNetRoleClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserClaims");

            migrationBuilder.DropTable(
                name: "AspNetUserLogins");

            migrationBuilder.DropTable(
                name: "AspNetUserRoles");

            migrationBuilder.DropTable(
                name: "AspNetUserTokens");

            migrationBuilder.DropTable(
                name: "AuditChainHeads");

            migrationBuilder.DropTable(
                name: "AuditEntries");

            migrationBuilder.DropTable(
                name: "Beneficiaries");

            migrationBuilder.DropTable(
                name: "BenefitPauses");

            migrationBuilder.DropTable(
                name: "CalendarDays");

            migrationBuilder.DropTable(
                name: "CardEvents");

            migrationBuilder.DropTable(
                name: "Cards");

            migrationBuilder.DropTable(
                name: "CaseAttachments");

            migrationBuilder.DropTable(
                name: "CaseHistory");

            migrationBuilder.DropTable(
                name: "CaseNumberCounters");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "EmployerRoll");

            migrationBuilder.DropTable(
                name: "EmployerRollChanges");

            migrationBuilder.DropTable(
                name: "Employers");

            migrationBuilder.DropTable(
                name: "FlexibleEnrolments");

            migrationBuilder.DropTable(
                name: "IdempotencyKeys");

            migrationBuilder.DropTable(
                name: "OrgUnits");

            migrationBuilder.DropTable(
                name: "PersonChanges");

            migrationBuilder.DropTable(
                name: "Persons");

            migrationBuilder.DropTable(
                name: "PolicyParameters");

            migrationBuilder.DropTable(
                name: "Proofs");

            migrationBuilder.DropTable(
                name: "query_records");

            migrationBuilder.DropTable(
                name: "RegularChecks");

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

            migrationBuilder.DropTable(
                name: "SuspectedDeaths");

            migrationBuilder.DropTable(
                name: "AspNetRoles");

            migrationBuilder.DropTable(
                name: "AspNetUsers");

            migrationBuilder.DropTable(
                name: "Cases");
        }
    }
}
