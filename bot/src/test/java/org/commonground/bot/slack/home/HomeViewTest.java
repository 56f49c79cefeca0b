package org.commonground.bot.slack.home;

import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.util.json.GsonFactory;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.home.MemberMatches;
import org.commonground.bot.core.home.NetworkOverview;
import org.commonground.bot.testing.LongestData;
import org.commonground.bot.testing.blockkit.BlockKitCheck;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.blocks.BlockList.BlockedOrganisation;
import org.commonground.storage.blocks.BlockList.BlockedPerson;
import org.commonground.storage.blocks.BlockList.Reason;
import org.commonground.storage.members.Member;
import org.commonground.storage.members.Profile;
import org.commonground.storage.network.ChallengeCount;
import org.commonground.storage.network.NewMember;
import org.commonground.storage.network.SectorCount;
import org.commonground.storage.organisations.Organisation;
import org.commonground.storage.organisations.Sector;
import org.commonground.storage.rounds.MemberPairRow;
import org.commonground.storage.tags.Tag;
import org.commonground.storage.tags.TagStatus;
import org.junit.jupiter.api.Test;

/**
 * App Home stays within Slack's limits however large the network, however long the text and the
 * privacy notice, for a member still to agree to it.
 */
class HomeViewTest {

  private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

  @Test
  void aFullProfileAndABigNetworkStayWithinSlacksLimits() {
    JsonObject view = render(content(Optional.of(network(300, 400))));

    assertThat(view.getAsJsonArray("blocks").size()).isLessThanOrEqualTo(HomeView.BLOCK_LIMIT);
    assertThat(view.toString())
        .contains("and 295 more", "_and 1 more_")
        .contains("and 492 more people", "and 145 more organisations. The first 100 are in");
    assertThat(BlockKitCheck.view(view, "/view")).isEmpty();
  }

  private static HomeContent content(Optional<NetworkOverview> network) {
    Member member =
        new Member(
            1,
            "U0MEMBER",
            1,
            Sector.HOUSING,
            "r".repeat(150),
            "Wirral",
            "w".repeat(500),
            2,
            true,
            "2026-11",
            NOW,
            null,
            false,
            NOW,
            NOW);
    Organisation organisation =
        new Organisation(1, "o".repeat(120), Sector.HOUSING, true, null, NOW);
    List<Tag> five =
        IntStream.range(0, 5)
            .mapToObj(i -> new Tag(i, "t".repeat(80), "Theme", "d", TagStatus.ACTIVE))
            .toList();
    Profile profile = new Profile(member, organisation, five, five, five);
    return new HomeContent(
        Optional.of(profile),
        LocalDate.of(2026, 11, 23),
        ZoneId.of("Europe/London"),
        Optional.of(NOW.atZone(ZoneId.of("Europe/London"))),
        matches(profile),
        longestBlockList(),
        network,
        network.isPresent() ? adminPanels() : List.of(),
        Optional.of("n".repeat(4000)),
        PrivacyNotice.of(Settings.fromEnvironment(LongestData.privacySettings())));
  }

  private static MemberMatches matches(Profile partner) {
    List<MemberMatches.Line> lines =
        IntStream.range(0, 20)
            .mapToObj(
                i ->
                    new MemberMatches.Line(
                        new MemberPairRow(
                            i, "2026-W4" + (i % 9), 2900 + i, 7L, null, null, NOW, "YES"),
                        partner))
            .toList();
    return new MemberMatches(lines.subList(0, 3), lines);
  }

  /** 500 people and 150 organisations with the longest names, all blocked. */
  private static BlockList.Entries longestBlockList() {
    List<BlockedPerson> people =
        IntStream.range(0, 500)
            .mapToObj(
                i ->
                    new BlockedPerson(
                        "U0" + "X".repeat(29) + (i % 10),
                        i % 2 == 0 ? Reason.BLOCKED : Reason.NOT_FOR_ME,
                        NOW))
            .toList();
    List<BlockedOrganisation> organisations =
        IntStream.range(0, 150)
            .mapToObj(i -> new BlockedOrganisation(i, "&<".repeat(60), NOW))
            .toList();
    return new BlockList.Entries(people, organisations);
  }

  /** As many blocks as a round status and five pending suggestion cards take. */
  private static List<LayoutBlock> adminPanels() {
    return IntStream.range(0, 22)
        .<LayoutBlock>mapToObj(i -> section(s -> s.text(markdownText("panel " + i))))
        .toList();
  }

  private static NetworkOverview network(int challenges, int newest) {
    List<SectorCount> sectors =
        List.of(Sector.values()).stream().map(s -> new SectorCount(s, 1000)).toList();
    List<NewMember> members =
        IntStream.range(0, newest)
            .mapToObj(i -> new NewMember("U0" + i, "o".repeat(120), NOW))
            .toList();
    List<ChallengeCount> counts =
        IntStream.range(0, challenges)
            .mapToObj(i -> new ChallengeCount("c".repeat(79) + i, 1, 1))
            .toList();
    return new NetworkOverview(sectors, 500, members.subList(0, Math.min(6, newest)), counts);
  }

  private static JsonObject render(HomeContent content) {
    return JsonParser.parseString(GsonFactory.createSnakeCase().toJson(HomeView.build(content)))
        .getAsJsonObject();
  }
}
