package org.commonground.bot.slack.rounds;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Locale;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.rounds.DigestAdmin;
import org.commonground.bot.core.views.Markup;
import org.commonground.bot.slack.curation.SlackReplyBlocks;

/** {@code /digest preview | run | status}, for admins. */
public final class DigestSlashCommand implements SlashCommandHandler {

  public static final String COMMAND = "/digest";
  static final String USAGE =
      "Use `/digest preview` to see this week's round without sending it, `/digest run` to compute"
          + " it if needed and send the digests now (safe to repeat), or `/digest status` to see how"
          + " delivery stands.";

  private final Admins admins;
  private final DigestAdmin digests;

  public DigestSlashCommand(Admins admins, DigestAdmin digests) {
    this.admins = admins;
    this.digests = digests;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
    String userId = request.getPayload().getUserId();
    String text =
        request.getPayload().getText() == null ? "" : request.getPayload().getText().strip();
    if (!admins.isAdmin(userId)) {
      return ctx.ack(Admins.REFUSAL);
    }
    switch (text.toLowerCase(Locale.ROOT)) {
      case "preview" -> {
        digests.previewFor(userId);
        return ctx.ack(
            "Working out this week's round… I'll DM you the preview in a moment. Nothing is sent to members.");
      }
      case "run" -> {
        digests.runFor(userId);
        return ctx.ack("Starting this week's round. I'll DM you when the digests are out.");
      }
      case "status" -> {
        return ctx.ack(
            r ->
                r.responseType("ephemeral")
                    .text("Round status")
                    .blocks(SlackReplyBlocks.of(Reply.of("Round status", digests.status()))));
      }
      default -> {
        String unknown =
            text.isEmpty()
                ? ""
                : "I don't know `" + Markup.escape(Markup.truncate(text, 100)) + "`. ";
        return ctx.ack(unknown + USAGE);
      }
    }
  }
}
