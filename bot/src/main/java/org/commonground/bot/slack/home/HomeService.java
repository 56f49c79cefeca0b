package org.commonground.bot.slack.home;

import com.slack.api.methods.MethodsClient;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.response.views.ViewsPublishResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.commonground.bot.config.Settings;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.consent.PrivacyNotice;
import org.commonground.bot.core.home.MemberMatches;
import org.commonground.bot.core.home.MemberMatchesLoader;
import org.commonground.bot.core.home.NetworkOverview;
import org.commonground.bot.core.programme.ProgrammeSource;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.members.MemberStatus;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.network.NetworkFigures;
import org.commonground.storage.rounds.MemberPairs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds and publishes each person's App Home, off Slack's 3-second clock. */
public final class HomeService {

  private static final Logger log = LoggerFactory.getLogger(HomeService.class);
  private static final BlockList.Entries NO_BLOCKS = new BlockList.Entries(List.of(), List.of());

  /**
   * What App Home reads, and the activity a visit records; each store's methods one transaction.
   */
  public record Stores(
      ProfileStore profiles,
      BlockList blocks,
      MemberPairs pairs,
      NetworkFigures network,
      MemberStatus status) {}

  private final MethodsClient slack;
  private final ProfileStore profiles;
  private final MemberStatus status;
  private final NetworkFigures network;
  private final Admins admins;
  private final Settings settings;
  private final ProgrammeSource programme;
  private final Clock clock;
  private final Executor background;
  private final MemberMatchesLoader matches;
  private final BlockList blocks;
  private final AdminPanels adminPanels;
  private final PrivacyNotice privacy;

  public HomeService(
      MethodsClient slack,
      Stores stores,
      Admins admins,
      Settings settings,
      ProgrammeSource programme,
      Clock clock,
      Executor background,
      AdminPanels adminPanels,
      PrivacyNotice privacy) {
    this.slack = slack;
    this.profiles = stores.profiles();
    this.status = stores.status();
    this.network = stores.network();
    this.matches = new MemberMatchesLoader(stores.pairs(), profiles);
    this.blocks = stores.blocks();
    this.adminPanels = adminPanels;
    this.admins = admins;
    this.settings = settings;
    this.programme = programme;
    this.clock = clock;
    this.background = background;
    this.privacy = privacy;
  }

  /** The person opened App Home: a member looking at it counts as using the app. */
  public void opened(String userId) {
    status.markActive(userId, clock.instant());
    publishLater(userId, Optional.empty());
  }

  public void publishLater(String userId, Optional<String> notice) {
    background.execute(() -> publish(userId, notice));
  }

  private void publish(String userId, Optional<String> notice) {
    try {
      ViewsPublishResponse response =
          slack.viewsPublish(
              r -> r.userId(userId).view(HomeView.build(contentFor(userId, notice))));
      if (!response.isOk()) {
        log.warn("views.publish for {} failed: {}", userId, response.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("views.publish for {} failed: {}", userId, e.getMessage());
    }
  }

  HomeContent contentFor(String userId, Optional<String> notice) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, settings.digestZone());
    boolean admin = admins.isAdmin(userId);
    Optional<Profile> profile = profiles.findByUserId(userId);
    return new HomeContent(
        profile,
        today,
        settings.digestZone(),
        programme.current().nextRound(now),
        profile.map(p -> matches.load(p, today)).orElse(MemberMatches.NONE),
        profile.map(p -> blocks.of(p.member().id())).orElse(NO_BLOCKS),
        admin ? Optional.of(network()) : Optional.empty(),
        admin ? adminPanels.blocks() : List.of(),
        notice,
        privacy.current());
  }

  private NetworkOverview network() {
    NetworkFigures.Figures figures = network.read(NetworkSection.NEWEST + 1);
    return new NetworkOverview(
        figures.membersBySector(),
        figures.organisationsWithMembers(),
        figures.newestMembers(),
        figures.challenges());
  }
}
