package org.commonground.bot.slack.tags;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import java.util.Set;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.curation.CommandText;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.tags.TagRequestHandler;
import org.commonground.bot.slack.curation.SlackReplyBlocks;

/**
 * {@code /tags}: the list for everyone (with the admin tools for admins); every other verb is for
 * admins only. Answers privately.
 */
public final class TagsSlashCommand implements SlashCommandHandler {

  public static final String COMMAND = "/tags";
  private static final Set<String> READ_ONLY = Set.of("", "list", "help", "history");

  private final Admins admins;
  private final TagRequestHandler commands;

  public TagsSlashCommand(Admins admins, TagRequestHandler commands) {
    this.admins = admins;
    this.commands = commands;
  }

  /** True for the typed texts that only show something: the list, the help and the history. */
  public static boolean changesNothing(String text) {
    return READ_ONLY.contains(CommandText.of(text).verb());
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
    String user = ctx.getRequestUserId();
    String text = request.getPayload().getText();
    Reply reply = commands.answer(user, admins.isAdmin(user), text);
    return ctx.ack(
        r -> r.responseType("ephemeral").text(reply.text()).blocks(SlackReplyBlocks.of(reply)));
  }
}
