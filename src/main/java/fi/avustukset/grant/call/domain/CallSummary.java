package fi.avustukset.grant.call.domain;

import java.math.BigDecimal;

/** The figures of a call (its end summary; also shown while the call runs). */
public record CallSummary(String callKey, String name, String grantType, String status,
    BigDecimal appropriation, long applied, long eligible, long readyForDecision,
    long grantedCount, BigDecimal grantedSum, long rejectedCount, long decisionsFinal,
    BigDecimal appropriationUsedPercent) {}
