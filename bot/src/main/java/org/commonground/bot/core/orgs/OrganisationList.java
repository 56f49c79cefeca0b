package org.commonground.bot.core.orgs;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.commonground.storage.NameKey;
import org.commonground.storage.organisations.ListedOrganisation;
import org.commonground.storage.organisations.Sector;

/**
 * A network's list of organisations as a CSV file, such as a spreadsheet saved as CSV: a header row
 * naming a {@code name} column and, optionally, a {@code sector} column. Every problem is found and
 * named by its row, and a list with any problem imports nothing, so a convenor fixes the file once
 * rather than importing half of it.
 */
public final class OrganisationList {

  /** The longest name the organisation list holds. */
  public static final int LONGEST_NAME = 120;

  static final int MOST_ROWS = 5_000;

  /** What a file said, or what is wrong with it. */
  public record Parsed(List<ListedOrganisation> organisations, List<String> problems) {}

  /** Words people use for a sector besides its name, so "Council" or "Charity" is understood. */
  private static final Map<String, Sector> SECTOR_WORDS = sectorWords();

  private OrganisationList() {}

  /** Reads UTF-8, with or without the byte-order mark Excel writes at the start of "CSV UTF-8". */
  public static Parsed read(InputStream csv) throws IOException {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setTrim(true)
            .setIgnoreEmptyLines(true)
            .setAllowMissingColumnNames(true)
            .get();
    Reader text =
        new InputStreamReader(
            BOMInputStream.builder().setInputStream(csv).get(), StandardCharsets.UTF_8);
    try (CSVParser parser = format.parse(text)) {
      Map<String, Integer> header = parser.getHeaderMap();
      if (header == null || header.keySet().stream().noneMatch("name"::equalsIgnoreCase)) {
        return new Parsed(
            List.of(),
            List.of(
                "The first row must name the columns: name, and sector if the file gives"
                    + " sectors"));
      }
      boolean sectors = header.keySet().stream().anyMatch("sector"::equalsIgnoreCase);
      return rows(parser, sectors);
    } catch (IllegalStateException | java.io.UncheckedIOException e) {
      return new Parsed(
          List.of(), List.of("The file isn't CSV that can be read: " + e.getMessage()));
    }
  }

  private static Parsed rows(CSVParser parser, boolean sectors) {
    List<ListedOrganisation> organisations = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Long> seen = new HashMap<>();
    for (CSVRecord record : parser) {
      long row = record.getRecordNumber() + 1;
      if (organisations.size() >= MOST_ROWS) {
        problems.add("The file has more than " + MOST_ROWS + " organisations: split it in two");
        break;
      }
      String name = record.isMapped("name") ? record.get("name") : "";
      String sectorText = sectors && record.isMapped("sector") ? record.get("sector") : "";
      if (name.isBlank()) {
        problems.add("Row " + row + " has no name");
        continue;
      }
      if (name.length() > LONGEST_NAME) {
        problems.add("Row " + row + ": the name is longer than " + LONGEST_NAME + " characters");
        continue;
      }
      Long first = seen.putIfAbsent(NameKey.of(name), row);
      if (first != null) {
        problems.add("Row " + row + ": " + name + " is on row " + first + " already");
        continue;
      }
      Optional<Sector> sector = sector(sectorText);
      if (!sectorText.isBlank() && sector.isEmpty()) {
        problems.add(
            "Row "
                + row
                + ": \""
                + sectorText
                + "\" isn't a sector. Use one of: "
                + Stream.of(Sector.values()).map(Sector::label).collect(Collectors.joining(", ")));
        continue;
      }
      organisations.add(new ListedOrganisation(name, sector));
    }
    if (organisations.isEmpty() && problems.isEmpty()) {
      problems.add("The file lists no organisations under its first row");
    }
    return new Parsed(problems.isEmpty() ? organisations : List.of(), problems);
  }

  private static Optional<Sector> sector(String text) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(SECTOR_WORDS.get(text.strip().toLowerCase(Locale.UK)));
  }

  private static Map<String, Sector> sectorWords() {
    Map<String, Sector> words = new HashMap<>();
    for (Sector sector : Sector.values()) {
      words.put(sector.name().toLowerCase(Locale.UK), sector);
      words.put(sector.label().toLowerCase(Locale.UK), sector);
    }
    words.put("council", Sector.LOCAL_AUTHORITY);
    words.put("local government", Sector.LOCAL_AUTHORITY);
    words.put("combined authority", Sector.LOCAL_AUTHORITY);
    words.put("nhs", Sector.NHS_HEALTH);
    words.put("health", Sector.NHS_HEALTH);
    words.put("vcfse", Sector.VCFSE);
    words.put("voluntary", Sector.VCFSE);
    words.put("charity", Sector.VCFSE);
    words.put("community", Sector.VCFSE);
    words.put("housing association", Sector.HOUSING);
    words.put("education", Sector.EDUCATION_RESEARCH);
    words.put("university", Sector.EDUCATION_RESEARCH);
    words.put("research", Sector.EDUCATION_RESEARCH);
    words.put("business", Sector.PRIVATE);
    return Map.copyOf(words);
  }
}
