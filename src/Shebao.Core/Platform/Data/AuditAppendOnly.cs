using Microsoft.EntityFrameworkCore.Migrations;

namespace Shebao.Core.Platform.Data;

/// <summary>Database-side guard of the audit trail: UPDATE and DELETE abort on both engines (P6).</summary>
public static class AuditAppendOnly
{
    public static void CreateSqlite(MigrationBuilder m)
    {
        m.Sql("CREATE TRIGGER audit_no_update BEFORE UPDATE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;");
        m.Sql("CREATE TRIGGER audit_no_delete BEFORE DELETE ON \"AuditEntries\" BEGIN SELECT RAISE(ABORT, 'audit trail is append-only'); END;");
    }

    public static void CreatePostgres(MigrationBuilder m)
    {
        m.Sql("""
            CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN RAISE EXCEPTION 'audit trail is append-only'; END $$;
            """);
        m.Sql("CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON \"AuditEntries\" FOR EACH ROW EXECUTE FUNCTION audit_append_only();");
        m.Sql("CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON \"AuditEntries\" FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only();");
    }
}
