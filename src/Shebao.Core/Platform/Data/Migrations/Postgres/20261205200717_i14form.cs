using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Shebao.Core.Platform.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class i14form : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTime>(
                name: "SupersededAt",
                table: "CaseAttachments",
                type: "timestamp with time zone",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "SupersededAt",
                table: "CaseAttachments");
        }
    }
}
