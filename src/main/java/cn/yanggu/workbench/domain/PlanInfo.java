package cn.yanggu.workbench.domain;

/** The plan document itself: title, number, period (2021–2025), base year 2020 and vision year 2035. */
public record PlanInfo(String title, String documentNumber, String issuer, String issuedOn,
                       int baseYear, int periodStart, int periodEnd, int visionYear,
                       Double zoneTotalKm2, String zoneTotalText, String zoneTotalSource, String source) {
}
