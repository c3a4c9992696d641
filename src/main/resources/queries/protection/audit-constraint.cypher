// Audit records (reveals, seals, exports): one per act, found by its auditId. Only ever created, never changed.
CREATE CONSTRAINT audit_record_id IF NOT EXISTS FOR (a:AuditRecord) REQUIRE a.auditId IS UNIQUE
