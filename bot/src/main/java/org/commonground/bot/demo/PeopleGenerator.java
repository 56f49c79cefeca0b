package org.commonground.bot.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.commonground.storage.organisations.Sector;

/** Fictional names, roles and current work for the demo's members. */
final class PeopleGenerator {

  private static final List<String> FIRST =
      List.of(
          "Aisha", "Ben", "Ceri", "Dev", "Ellie", "Farah", "Gareth", "Hannah", "Imran", "Jess",
          "Kofi", "Laura", "Marcus", "Niamh", "Owen", "Priya", "Rhys", "Siân", "Tom", "Uzma",
          "Vicky", "Wes", "Yasmin", "Zoe", "Callum", "Dylan", "Erin", "Jamal", "Megan", "Sade");
  private static final List<String> LAST =
      List.of(
          "Ahmed",
          "Baker",
          "Carroll",
          "Doyle",
          "Evans",
          "Finnegan",
          "Griffiths",
          "Hughes",
          "Iqbal",
          "Jones",
          "Kelly",
          "Lloyd",
          "McCann",
          "Nwosu",
          "O'Brien",
          "Patel",
          "Quinn",
          "Roberts",
          "Smith",
          "Thomas",
          "Walsh",
          "Williams",
          "Yildiz",
          "Zhang");
  private static final Map<Sector, List<String>> ROLES =
      Map.of(
          Sector.LOCAL_AUTHORITY,
              List.of(
                  "Commissioning manager",
                  "Early help coordinator",
                  "Head of adult social care",
                  "Policy officer",
                  "Data analyst",
                  "Service designer",
                  "Housing options manager"),
          Sector.NHS_HEALTH,
              List.of(
                  "Population health lead",
                  "Mental health nurse",
                  "Public health registrar",
                  "Discharge coordinator",
                  "Clinical lead",
                  "Health inequalities manager"),
          Sector.HOUSING,
              List.of(
                  "Tenancy sustainment officer",
                  "Community investment manager",
                  "Head of supported housing",
                  "Neighbourhood officer"),
          Sector.VCFSE,
              List.of(
                  "Project coordinator",
                  "Chief executive",
                  "Volunteer manager",
                  "Community organiser",
                  "Advice services manager",
                  "Peer support worker"),
          Sector.SOCIAL_ENTERPRISE, List.of("Founder", "Operations lead", "Programme manager"),
          Sector.EDUCATION_RESEARCH,
              List.of("Research fellow", "Senior lecturer", "Knowledge exchange manager"),
          Sector.PRIVATE, List.of("Consultant"),
          Sector.OTHER, List.of("Coordinator"));
  private static final List<String> WORK =
      List.of(
          "Redesigning our front door so families get help before things reach crisis.",
          "Setting up a data-sharing agreement between the council, the ICB and two housing providers.",
          "Piloting neighbourhood teams that bring health, care and housing staff into one place.",
          "Co-designing a new supported living offer with people who use it and their families.",
          "Recruiting and keeping care workers: trying a four-day week and a shared bank.",
          "Mapping who is digitally excluded across the borough and what actually helps.",
          "Evaluating a year of social prescribing: what changed for people, in their words.",
          "Bringing people with lived experience of homelessness onto our commissioning panel.",
          "Getting people home from hospital faster with the right support in place.",
          "Building a food network that moves from emergency parcels to community pantries.");

  private final Random random;

  PeopleGenerator(Random random) {
    this.random = random;
  }

  String name() {
    return pick(FIRST) + " " + pick(LAST);
  }

  String role(Sector sector) {
    return pick(ROLES.get(sector));
  }

  String work() {
    return random.nextInt(5) == 0 ? null : pick(WORK);
  }

  int matchesWanted() {
    int roll = random.nextInt(10);
    return roll < 6 ? 1 : roll < 9 ? 2 : 3;
  }

  /**
   * {@code count} distinct items, the earlier ones in the list far likelier (a few common, many
   * rare).
   */
  <T> List<T> skewedPick(List<T> items, int count) {
    List<T> chosen = new ArrayList<>();
    while (chosen.size() < Math.min(count, items.size())) {
      double u = random.nextDouble();
      T item = items.get((int) (items.size() * u * u));
      if (!chosen.contains(item)) {
        chosen.add(item);
      }
    }
    return chosen;
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }
}
