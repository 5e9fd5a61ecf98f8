package cn.yanggu.workbench.domain;

/** One line of the audit log: who changed which field of which record, from what to what, and when. */
public record AuditEntry(long id, long batch, String at, String user, String action, String entity, String code,
                         String field, String oldValue, String newValue, String origin) {
}
