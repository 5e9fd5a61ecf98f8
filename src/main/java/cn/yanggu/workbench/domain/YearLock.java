package cn.yanggu.workbench.domain;

/** A reporting year that has been approved (定稿): its values cannot be edited until it is unlocked. */
public record YearLock(int year, String reason, String lockedAt, String lockedBy) {
}
