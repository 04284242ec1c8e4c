package io.elan.mentoring.scheduling.internal;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.Holiday;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.elan.mentoring.scheduling.HolidayCalendar;
import io.elan.mentoring.scheduling.PublicHoliday;
import io.elan.mentoring.spi.InvalidValueException;
import io.elan.mentoring.spi.text.LocalizedText;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Public holidays read from Jollyday, one year at a time and kept, since planning asks about the same days again and
 * again.
 */
public final class JollydayHolidayCalendar implements HolidayCalendar {
    private final String country;
    private final List<String> subdivisions;
    private final HolidayManager manager;
    private static final Map<List<String>, JollydayHolidayCalendar> REGIONS = new ConcurrentHashMap<>();

    private final Map<Integer, Map<LocalDate, PublicHoliday>> years = new ConcurrentHashMap<>();

    private JollydayHolidayCalendar(String country, List<String> subdivisions, HolidayManager manager) {
        this.country = country;
        this.subdivisions = subdivisions;
        this.manager = manager;
    }

    /**
     * @param country ISO 3166-1 alpha-2 code
     * @param subdivisions Jollyday subdivision codes of that country
     * @return the calendar, the same instance for the same region: loading Jollyday's data takes milliseconds, and a
     *     program's definition names its region each time it is read
     * @throws InvalidValueException if the country or a subdivision is unknown
     */
    public static JollydayHolidayCalendar of(String country, List<String> subdivisions) {
        if (country == null || !country.matches("[A-Za-z]{2}")) {
            throw new InvalidValueException("country", "must be an ISO 3166-1 alpha-2 code such as fr", country);
        }
        List<String> region = new ArrayList<>();
        region.add(country.toLowerCase(Locale.ROOT));
        subdivisions.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().forEach(region::add);
        JollydayHolidayCalendar known = REGIONS.get(region);
        if (known != null) {
            return known;
        }
        JollydayHolidayCalendar loaded = loadRegion(country, subdivisions);
        // Unknown regions throw above and are never kept, so the map holds only the few regions in use.
        REGIONS.putIfAbsent(List.copyOf(region), loaded);
        return loaded;
    }

    private static JollydayHolidayCalendar loadRegion(String country, List<String> subdivisions) {
        String code = country.toLowerCase(Locale.ROOT);
        if (HolidayManager.getSupportedCalendarCodes().stream().noneMatch(code::equalsIgnoreCase)) {
            throw new InvalidValueException("country", "has no public holiday data", country);
        }
        HolidayManager manager = HolidayManager.getInstance(ManagerParameters.create(code));
        Map<String, CalendarHierarchy> known = manager.getCalendarHierarchy().getChildren();
        List<String> normalized = subdivisions.stream().map(s -> s.toLowerCase(Locale.ROOT)).distinct().toList();
        for (String subdivision : normalized) {
            if (!known.containsKey(subdivision)) {
                throw new InvalidValueException("subdivision",
                        "is not a subdivision of " + code + " with holiday data", subdivision);
            }
        }
        return new JollydayHolidayCalendar(code, normalized, manager);
    }

    @Override
    public Optional<PublicHoliday> holidayOn(LocalDate date) {
        return Optional.ofNullable(years.computeIfAbsent(date.getYear(), this::load).get(date));
    }

    private Map<LocalDate, PublicHoliday> load(int year) {
        Map<LocalDate, PublicHoliday> holidays = new HashMap<>();
        add(holidays, manager.getHolidays(Year.of(year)));
        for (String subdivision : subdivisions) {
            add(holidays, manager.getHolidays(Year.of(year), subdivision));
        }
        return Map.copyOf(holidays);
    }

    private static void add(Map<LocalDate, PublicHoliday> into, Iterable<Holiday> holidays) {
        for (Holiday holiday : holidays) {
            into.putIfAbsent(holiday.getDate(), new PublicHoliday(holiday.getDate(), holiday.getPropertiesKey(),
                    LocalizedText.of(typographic(holiday.getDescription(Locale.FRENCH)),
                            typographic(holiday.getDescription(Locale.ENGLISH)))));
        }
    }

    /**
     * Jollyday names holidays with straight apostrophes ({@code Jour de l'Ascension}); the plans' wording, which quotes
     * them, uses typographic ones in both languages.
     */
    private static String typographic(String name) {
        return name.replaceAll("(?<=\\p{L})'(?=\\p{L})", "\u2019");
    }

    @Override
    public String toString() {
        return subdivisions.isEmpty() ? country : country + "-" + String.join("/", subdivisions);
    }
}
