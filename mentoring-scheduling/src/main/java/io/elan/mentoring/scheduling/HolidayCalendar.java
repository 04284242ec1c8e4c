package io.elan.mentoring.scheduling;

import io.elan.mentoring.scheduling.internal.JollydayHolidayCalendar;
import io.elan.mentoring.spi.InvalidValueException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The public holidays a program's calendar avoids. Implementations are thread-safe.
 */
public interface HolidayCalendar {

    /**
     * @param date a day
     * @return the holiday on that day, if any
     */
    Optional<PublicHoliday> holidayOn(LocalDate date);

    /**
     * @param first the first day, included
     * @param last the last day, included
     * @return the holidays from {@code first} to {@code last}, in date order
     */
    default List<PublicHoliday> between(LocalDate first, LocalDate last) {
        return first.datesUntil(last.plusDays(1)).map(this::holidayOn).flatMap(Optional::stream).toList();
    }

    /** @return the public holidays of metropolitan France (Jollyday data) */
    static HolidayCalendar france() {
        return JollydayHolidayCalendar.of("fr", List.of());
    }

    /**
     * The public holidays of a country, with those of any of the given subdivisions added (Jollyday data). For
     * Alsace-Moselle, {@code of("fr", "57")} adds Good Friday and 26 December to the national list.
     *
     * @param country ISO 3166-1 alpha-2 code, such as {@code fr} or {@code de}
     * @param subdivisions Jollyday subdivision codes, such as {@code 67}, {@code 68}, {@code 57} for France
     * @return the calendar
     * @throws InvalidValueException if the country or a subdivision is unknown
     */
    static HolidayCalendar of(String country, String... subdivisions) {
        return JollydayHolidayCalendar.of(country, List.of(subdivisions));
    }

    /**
     * Parses a compact form: {@code fr} for France, {@code fr-57} for Moselle, and {@code fr-67/68/57} for the three
     * departments of Alsace-Moselle (their holidays are the same; any of them is enough).
     *
     * @param spec country, then optionally a dash and subdivisions separated by slashes
     * @return the calendar
     * @throws InvalidValueException if the form is malformed or names an unknown country or subdivision
     */
    static HolidayCalendar parse(String spec) {
        if (spec == null || !spec.strip().matches("[A-Za-z]{2}(-[A-Za-z0-9]{1,4}(/[A-Za-z0-9]{1,4})*)?")) {
            throw new InvalidValueException("holidays",
                    "must read like fr, fr-57 or fr-67/68/57 (country, then subdivisions separated by slashes)", spec);
        }
        String[] parts = spec.strip().split("-", 2);
        List<String> subdivisions = parts.length == 1 ? List.of() : List.of(parts[1].split("/"));
        return JollydayHolidayCalendar.of(parts[0], subdivisions);
    }

    /** @return a calendar without any holiday */
    static HolidayCalendar none() {
        return date -> Optional.empty();
    }

    /**
     * @param holidays explicit holidays, such as company days off
     * @return a calendar holding exactly these holidays
     */
    static HolidayCalendar of(Collection<PublicHoliday> holidays) {
        Map<LocalDate, PublicHoliday> byDate = new TreeMap<>();
        for (PublicHoliday holiday : holidays) {
            byDate.putIfAbsent(holiday.date(), holiday);
        }
        Map<LocalDate, PublicHoliday> copy = Map.copyOf(byDate);
        return date -> Optional.ofNullable(copy.get(date));
    }
}
