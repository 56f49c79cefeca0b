package org.commonground.bot.home;

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
import org.commonground.bot.admin.Admins;
import org.commonground.bot.config.Settings;
import org.commonground.bot.consent.PrivacyNotice;
import org.commonground.storage.blocks.BlockList;
import org.commonground.storage.members.MemberStatusRepository;
import org.commonground.storage.members.Profile;
import org.commonground.storage.members.ProfileStore;
import org.commonground.storage.network.NetworkRepository;
import org.jdbi.v3.core.Jdbi;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds and publishes each person's App Home, off Slack's 3-second clock. */
public final class HomeService {

  private static final Logger log = LoggerFactory.getLogger(HomeService.class);
  private static final BlockList.Entries NO_BLOCKS = new BlockList.Entries(List.of(), List.of());

  private final MethodsClient slack;
  private final Jdbi jdbi;
  private final ProfileStore profiles;
  private final Admins admins;
  private final Settings settings;
  private final Clock clock;
  private final Executor background;
  private final MemberMatchesLoader matches;
  private final BlockList blocks;
  private final AdminPanels adminPanels;
  private final PrivacyNotice privacy;

  public HomeService(
      MethodsClient slack,
      Jdbi jdbi,
      Admins admins,
      Settings settings,
      Clock clock,
      Executor background,
      AdminPanels adminPanels) {
    this.slack = slack;
    this.jdbi = jdbi;
    this.profiles = new ProfileStore(jdbi, clock);
    this.matches = new MemberMatchesLoader(jdbi, profiles);
    this.blocks = new BlockList(jdbi, clock);
    this.adminPanels = adminPanels;
    this.admins = admins;
    this.settings = settings;
    this.clock = clock;
    this.background = background;
    this.privacy = PrivacyNotice.of(settings);
  }

  /** The person opened App Home: a member looking at it counts as using the app. */
  public void opened(String slackUserId) {
    jdbi.onDemand(MemberStatusRepository.class).markActive(slackUserId, clock.instant());
    publishLater(slackUserId, Optional.empty());
  }

  public void publishLater(String slackUserId, Optional<String> notice) {
    background.execute(() -> publish(slackUserId, notice));
  }

  private void publish(String slackUserId, Optional<String> notice) {
    try {
      ViewsPublishResponse response =
          slack.viewsPublish(
              r -> r.userId(slackUserId).view(HomeView.build(contentFor(slackUserId, notice))));
      if (!response.isOk()) {
        log.warn("views.publish for {} failed: {}", slackUserId, response.getError());
      }
    } catch (IOException | SlackApiException e) {
      log.warn("views.publish for {} failed: {}", slackUserId, e.getMessage());
    }
  }

  HomeContent contentFor(String slackUserId, Optional<String> notice) {
    Instant now = clock.instant();
    LocalDate today = LocalDate.ofInstant(now, settings.digestZone());
    boolean admin = admins.isAdmin(slackUserId);
    Optional<Profile> profile = profiles.findBySlackUserId(slackUserId);
    return new HomeContent(
        profile,
        today,
        settings.nextRoundAfter(now),
        profile.map(p -> matches.load(p, today)).orElse(MemberMatches.NONE),
        profile.map(p -> blocks.of(p.member().id())).orElse(NO_BLOCKS),
        admin ? Optional.of(network()) : Optional.empty(),
        admin ? adminPanels.blocks() : List.of(),
        notice,
        privacy);
  }

  private NetworkOverview network() {
    return jdbi.withExtension(
        NetworkRepository.class,
        network ->
            new NetworkOverview(
                network.membersBySector(),
                network.organisationsWithMembers(),
                network.newestMembers(NetworkSection.NEWEST + 1),
                network.challenges()));
  }
}
