package org.commonground.bot.slack.orgs;

import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.handler.builtin.SlashCommandHandler;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import org.commonground.bot.core.admin.Admins;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.orgs.OrgCuration;
import org.commonground.bot.slack.curation.SlackReplyBlocks;

/** {@code /orgs}: keeping the organisation list clean, for admins only. Answers privately. */
public final class OrgsSlashCommand implements SlashCommandHandler {

  public static final String COMMAND = "/orgs";

  private final Admins admins;
  private final OrgCuration curation;

  public OrgsSlashCommand(Admins admins, OrgCuration curation) {
    this.admins = admins;
    this.curation = curation;
  }

  @Override
  public Response apply(SlashCommandRequest request, SlashCommandContext ctx) {
    String user = ctx.getRequestUserId();
    String text = request.getPayload().getText();
    Reply reply = admins.isAdmin(user) ? curation.answer(user, text) : Reply.text(Admins.REFUSAL);
    return ctx.ack(
        r -> r.responseType("ephemeral").text(reply.text()).blocks(SlackReplyBlocks.of(reply)));
  }
}
