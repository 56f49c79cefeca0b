package org.commonground.storage.audit;

import java.time.Instant;

/**
 * One recorded change: who made it, what it was, and the state before and after (free text, often
 * JSON).
 */
public record AuditEntry(
    long id,
    Instant at,
    String actor,
    String action,
    String subject,
    String beforeValue,
    String afterValue) {}
