package dev.rituals.core.participation;

import java.time.LocalDate;

/**
 * One week (Monday to Sunday in the community's time zone) of the report's dates, by the opening
 * time of occurrences.
 *
 * @param participants distinct people who answered in the week
 * @param responseRate the mean response rate of the week's occurrences, 0 without occurrences
 */
public record WeekTrend(
    LocalDate monday, int occurrences, long answers, int participants, double responseRate) {}
