package org.commonground.storage.tags;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.commonground.storage.NameInUseException;
import org.commonground.storage.audit.AuditEntry;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.testing.LongestNames;
import org.commonground.storage.testing.MutableClock;
import org.commonground.storage.testing.Profiles;
import org.commonground.storage.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Curating tags: every change audited, merges without duplicates; on H2 and PostgreSQL. */
abstract class TagCatalogueContract {

  @RegisterExtension final TestDatabase db = newDatabase();

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-23T09:00:00Z"));
  private Jdbi jdbi;
  private TagCatalogue catalogue;
  private ProfileStore profiles;

  abstract TestDatabase newDatabase();

  @BeforeEach
  void setUp() {
    jdbi = db.database().jdbi();
    catalogue = new TagCatalogue(jdbi, clock);
    profiles = new ProfileStore(jdbi, clock);
  }

  @Test
  void addsAnActiveTagAndAuditsIt() {
    Tag added = catalogue.add("U0ADMIN", "Fuel poverty", "Communities & places", "Heating homes.");

    assertThat(added.isActive()).isTrue();
    assertThat(catalogue.findByName("fuel  POVERTY")).contains(added);
    AuditEntry entry = catalogue.history(1).get(0);
    assertThat(entry.actor()).isEqualTo("U0ADMIN");
    assertThat(entry.action()).isEqualTo("tag.add");
    assertThat(entry.at()).isEqualTo(clock.instant());
    assertThat(entry.beforeValue()).isNull();
    assertThat(entry.afterValue()).contains("\"name\":\"Fuel poverty\"", "\"status\":\"ACTIVE\"");
  }

  @Test
  void refusesANameInUseHoweverItIsWritten() {
    assertThatThrownBy(() -> catalogue.add("U0ADMIN", "loneliness and isolation", "T", "D"))
        .isInstanceOf(NameInUseException.class)
        .extracting(e -> ((NameInUseException) e).holder())
        .isEqualTo("Loneliness & isolation");
  }

  @Test
  void renameKeepsTheOldNameAsAnAliasAndCanGoBack() {
    Tag send = tag("SEND");

    Tag renamed = catalogue.rename("U0ADMIN", send.id(), "SEND & inclusion");

    assertThat(renamed.name()).isEqualTo("SEND & inclusion");
    assertThat(catalogue.findByName("SEND")).contains(renamed);
    assertThat(catalogue.rename("U0ADMIN", send.id(), "SEND").name()).isEqualTo("SEND");
    assertThat(catalogue.findByName("SEND and inclusion").map(Tag::id)).contains(send.id());
    assertThat(catalogue.history(2))
        .extracting(AuditEntry::action)
        .containsExactly("tag.rename", "tag.rename");
    assertThatThrownBy(() -> catalogue.rename("U0ADMIN", send.id(), "Youth services"))
        .isInstanceOf(NameInUseException.class);
  }

  @Test
  void mergeMovesHoldersOnceEachAndKeepsTheOldNameAsAnAlias() {
    Tag from = tag("Loneliness & isolation");
    Tag into = tag("Ageing well");
    profiles.save(Profiles.draft("U1", "Wirral Council", List.of(from.id(), into.id()), List.of()));
    profiles.save(Profiles.draft("U2", "Open Door", List.of(from.id()), List.of(from.id())));

    TagCatalogue.Merged merged = catalogue.merge("U0ADMIN", from.id(), into.id());

    assertThat(merged.holders()).isEqualTo(2);
    assertThat(holders(from)).isEmpty();
    assertThat(holders(into)).containsExactlyInAnyOrder("CHALLENGE:U1", "CHALLENGE:U2", "OFFER:U2");
    assertThat(catalogue.findByName("Loneliness and isolation")).map(Tag::id).contains(into.id());
    assertThat(jdbi.onDemand(TagRepository.class).findById(from.id()).orElseThrow().status())
        .isEqualTo(TagStatus.MERGED);
    assertThat(catalogue.current()).extracting(Tag::id).doesNotContain(from.id());
    AuditEntry entry = catalogue.history(1).get(0);
    assertThat(entry.action()).isEqualTo("tag.merge");
    assertThat(entry.afterValue()).contains("Ageing well", "\"holdersMoved\":2");
  }

  @Test
  void oldNamesAndLinksFollowAChainOfMerges() {
    Tag a = tag("Volunteering");
    Tag b = tag("Staff wellbeing");
    Tag c = tag("Recruitment & retention");

    catalogue.merge("U0ADMIN", a.id(), b.id());
    catalogue.merge("U0ADMIN", b.id(), c.id());

    TagRepository tags = jdbi.onDemand(TagRepository.class);
    assertThat(tags.currentIdOf(a.id())).contains(c.id());
    assertThat(tags.currentIdOf(b.id())).contains(c.id());
    assertThat(catalogue.findByName("Volunteering")).map(Tag::id).contains(c.id());
    assertThat(catalogue.rename("U0ADMIN", c.id(), "Volunteering").name())
        .isEqualTo("Volunteering");
  }

  @Test
  void retiredTagsLeaveThePickersButStayOnProfilesUntilRestored() {
    Tag tag = tag("Civic data");
    profiles.save(Profiles.draft("U1", "Wirral Council", List.of(tag.id()), List.of()));

    catalogue.setStatus("U0ADMIN", tag.id(), TagStatus.RETIRED);

    assertThat(jdbi.onDemand(TagRepository.class).listActive()).doesNotContain(tag);
    assertThat(profiles.findByUserId("U1").orElseThrow().challenges())
        .extracting(Tag::name)
        .containsExactly("Civic data");
    assertThat(catalogue.setStatus("U0ADMIN", tag.id(), TagStatus.ACTIVE).isActive()).isTrue();
    assertThat(catalogue.history(2))
        .extracting(AuditEntry::action)
        .containsExactly("tag.restore", "tag.retire");
  }

  @Test
  void describeChangesThemeAndDescriptionWithBeforeAndAfter() {
    Tag tag = tag("Prevention");

    Tag described = catalogue.describe("U0ADMIN", tag.id(), "Adults & health", "Acting early.");

    assertThat(described.theme()).isEqualTo("Adults & health");
    AuditEntry entry = catalogue.history(1).get(0);
    assertThat(entry.beforeValue()).contains("Ways of working");
    assertThat(entry.afterValue()).contains("Adults & health", "Acting early.");
  }

  @Test
  void searchFindsActiveTagsByNameFormerNameAndDescription() {
    Tag housing = tag("Housing quality");
    catalogue.rename("U0ADMIN", tag("Homelessness").id(), "Rough sleeping");

    assertThat(catalogue.searchActive("damp mould", 10)).containsExactly(housing);
    assertThat(catalogue.searchActive("homeless", 10))
        .extracting(Tag::name)
        .containsExactly("Rough sleeping");
    assertThat(catalogue.searchActive("", 5)).hasSize(5);
  }

  @Test
  void storesTheLongestNamesWhoseKeysGrowMostAsNamesAndFormerNames() {
    List<String> names = LongestNames.of(LongestNames.TAG);
    Tag tag = catalogue.add("U0ADMIN", names.get(0), "Communities & places", "");
    for (String name : names.subList(1, names.size())) {
      tag = catalogue.rename("U0ADMIN", tag.id(), name);
    }
    Tag into = catalogue.add("U0ADMIN", "Fuel poverty", "Communities & places", "");

    catalogue.merge("U0ADMIN", tag.id(), into.id());

    for (String name : names) {
      assertThat(catalogue.findByName(name)).as(name).contains(into);
    }
    assertThat(catalogue.aliases()).extracting(TagAlias::name).containsAll(names);
  }

  @Test
  void anEditRenamesRedescribesAndRetiresInOneTransactionAuditingEachChange() {
    Tag civic = tag("Civic data");

    Tag edited =
        catalogue.edit(
            "U0ADMIN",
            civic.id(),
            new TagEdit(
                Optional.of("Open data"),
                Optional.of("Digital"),
                Optional.empty(),
                Optional.of(TagStatus.RETIRED)));

    assertThat(edited.name()).isEqualTo("Open data");
    assertThat(edited.theme()).isEqualTo("Digital");
    assertThat(edited.description()).isEqualTo(civic.description());
    assertThat(edited.status()).isEqualTo(TagStatus.RETIRED);
    assertThat(catalogue.findByName("Civic data")).contains(edited);
    assertThat(catalogue.history(5))
        .extracting(AuditEntry::action)
        .containsExactly("tag.retire", "tag.describe", "tag.rename");
  }

  @Test
  void whenTheLastChangeOfAnEditFailsNoneOfItIsKept() {
    Tag civic = tag("Civic data");
    // A constraint the retirement cannot meet makes the edit's last write fail.
    jdbi.useHandle(
        h ->
            h.execute("ALTER TABLE tag ADD CONSTRAINT refuse_retired CHECK (status <> 'RETIRED')"));
    TagEdit edit =
        new TagEdit(
            Optional.of("Open data"),
            Optional.of("Digital"),
            Optional.empty(),
            Optional.of(TagStatus.RETIRED));

    assertThatThrownBy(() -> catalogue.edit("U0ADMIN", civic.id(), edit))
        .hasMessageContaining("refuse_retired");

    assertThat(catalogue.findById(civic.id())).contains(civic);
    assertThat(catalogue.findByName("Open data")).isEmpty();
    assertThat(catalogue.aliases()).isEmpty();
    assertThat(catalogue.history(5)).isEmpty();
  }

  @Test
  void findsTagsByIdWhateverTheirStatusSkippingUnknownOnes() {
    Tag retired = catalogue.setStatus("U0ADMIN", catalogue.active().get(0).id(), TagStatus.RETIRED);
    Tag active = catalogue.active().get(0);

    assertThat(catalogue.findByIds(List.of(retired.id(), active.id(), -1)))
        .containsExactlyInAnyOrder(retired, active);
    assertThat(catalogue.findByIds(List.of())).isEmpty();
  }

  private Tag tag(String name) {
    return catalogue.findByName(name).orElseThrow();
  }

  private List<String> holders(Tag tag) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    """
                    SELECT mt.kind || ':' || m.user_id FROM member_tag mt
                    JOIN member m ON m.id = mt.member_id WHERE mt.tag_id = :tagId
                    """)
                .bind("tagId", tag.id())
                .mapTo(String.class)
                .list());
  }
}
