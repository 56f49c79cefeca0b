package org.commonground.bot.slack.introduce;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.methods.SlackApiException;
import com.slack.api.methods.request.views.ViewsOpenRequest;
import com.slack.api.methods.response.views.ViewsOpenResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.commonground.bot.core.introduce.HelpWords;
import org.commonground.bot.core.introduce.ProfileService;
import org.commonground.bot.core.introduce.WarmIntroRequest;
import org.commonground.bot.core.introduce.WarmIntroductions;
import org.commonground.bot.core.privacy.PrivacyService;
import org.commonground.bot.core.views.HiddenCharacters;
import org.commonground.bot.slack.privacy.DeletionModal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code /introduce}: opens the profile modal (pre-filled for members); {@code help} explains the
 * app, {@code export} sends the member their data and {@code delete} asks to confirm deleting it;
 * {@code /introduce @alice @bob why} suggests two members meet. Modals must open within Slack's 3
 * seconds of the trigger, so they open before the acknowledgement.
 */
public final class IntroduceSlashCommand implements SlashCommandHandler {

  public static final String COMMAND = "/introduce";
  static final String EXPORT_ON_ITS_WAY =
      ":inbox_tray: Your data is on its way: look for a file in your messages from Common Ground.";
  private static final Logger log = LoggerFactory.getLogger(IntroduceSlashCommand.class);

  /** One word after the command. */
  @FunctionalInterface
  private interface Subcommand {
    Response run(SlashCommandRequest request, SlashCommandContext ctx)
        throws IOException, SlackApiException;
  }

  private final ProfileService profiles;
  private final ProfileModals modals;
  private final PrivacyService privacy;
  private final WarmIntroductions warmIntros;
  private final Map<String, Subcommand> subcommands =
      Map.of("help", this::help, "export", this::export, "delete", this::delete);

  public IntroduceSlashCommand(
      ProfileService profiles,
      ProfileModals modals,
      PrivacyService privacy,
      WarmIntroductions warmIntros) {
    this.profiles = profiles;
    this.modals = modals;
    this.privacy = privacy;
    this.warmIntros = warmIntros;
  }

  /** True for {@code /introduce} on its own (opening the form saves nothing) and for its help. */
  public static boolean changesNothing(String text) {
    String typed = text.strip();
    return typed.isEmpty() || typed.equalsIgnoreCase("help");
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx)
      throws IOException, SlackApiException {
    String text =
        request.getPayload().getText() == null ? "" : request.getPayload().getText().strip();
    if (text.isEmpty()) {
      String form = modals.modalFor(ctx.getRequestUserId());
      return open(request, ctx, r -> r.viewAsString(form));
    }
    Subcommand subcommand =
        WarmIntroRequest.isOne(text)
            ? this::introduceTwo
            : subcommands.get(text.toLowerCase(Locale.ROOT));
    if (subcommand == null) {
      return ctx.ack(
          r ->
              r.responseType("ephemeral")
                  .text(HelpWords.TEXT)
                  .blocks(HelpMessage.blocks(text, profiles.notice())));
    }
    return subcommand.run(request, ctx);
  }

  private Response help(SlashCommandRequest request, SlashCommandContext ctx) {
    return ctx.ack(
        r ->
            r.responseType("ephemeral")
                .text(HelpWords.TEXT)
                .blocks(HelpMessage.blocks("", profiles.notice())));
  }

  private Response export(SlashCommandRequest request, SlashCommandContext ctx) {
    String reply =
        privacy.exportLater(ctx.getRequestUserId())
            ? EXPORT_ON_ITS_WAY
            : PrivacyService.EXPORT_SENT_RECENTLY;
    return ctx.ack(r -> r.responseType("ephemeral").text(reply));
  }

  private Response introduceTwo(SlashCommandRequest request, SlashCommandContext ctx) {
    WarmIntroRequest intro = WarmIntroRequest.parse(request.getPayload().getText());
    String outcome =
        HiddenCharacters.complaint("Your note", intro.note(), true)
            .orElseGet(() -> warmIntros.introduce(ctx.getRequestUserId(), intro));
    return ctx.ack(r -> r.responseType("ephemeral").text(outcome));
  }

  private Response delete(SlashCommandRequest request, SlashCommandContext ctx)
      throws IOException, SlackApiException {
    return open(request, ctx, r -> r.view(DeletionModal.build()));
  }

  private static Response open(
      SlashCommandRequest request,
      SlashCommandContext ctx,
      UnaryOperator<ViewsOpenRequest.ViewsOpenRequestBuilder> view)
      throws IOException, SlackApiException {
    String triggerId = request.getPayload().getTriggerId();
    ViewsOpenResponse opened = ctx.client().viewsOpen(r -> view.apply(r.triggerId(triggerId)));
    if (!opened.isOk()) {
      log.warn("views.open failed for /introduce: {}", opened.getError());
      return ctx.ack(
          ":warning: Sorry, Slack didn't let me open the form just now. Please try `/introduce` again.");
    }
    return ctx.ack();
  }
}
