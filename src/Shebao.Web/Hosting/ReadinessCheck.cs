using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Shebao.Core.Platform.Data;

namespace Shebao.Web.Hosting;

/// <summary>Ready = the database answers, the data folder has room, and the Data Protection key ring works. No personal data in the output.</summary>
public sealed class ReadinessCheck(AppDbContext db, IDataProtectionProvider protection, DataFolder folder, IHostApplicationLifetime lifetime) : IHealthCheck
{
    private const long MinFreeBytes = 512L * 1024 * 1024;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (lifetime.ApplicationStopping.IsCancellationRequested) return HealthCheckResult.Unhealthy("stopping");
        if (!await db.Database.CanConnectAsync(cancellationToken)) return HealthCheckResult.Unhealthy("database");
        var free = new DriveInfo(folder.Path).AvailableFreeSpace;
        if (free < MinFreeBytes) return HealthCheckResult.Unhealthy("disk");
        var protector = protection.CreateProtector("readiness");
        if (protector.Unprotect(protector.Protect("ok")) != "ok") return HealthCheckResult.Unhealthy("keys");
        return HealthCheckResult.Healthy();
    }
}

public sealed record DataFolder(string Path);
