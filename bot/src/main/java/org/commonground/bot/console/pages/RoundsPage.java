package org.commonground.bot.console.pages;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.commonground.bot.console.ConsolePage;
import org.commonground.bot.console.ConsoleRequest;
import org.commonground.bot.console.MarkupHtml;
import org.commonground.bot.core.curation.Reply;
import org.commonground.bot.core.curation.ReplyPart;
import org.commonground.bot.core.rounds.DigestAdmin;

/**
 * {@code /admin/rounds}: how the last round's delivery stands, a preview of this week's, and
 * running it now: what {@code /digest} does in the chat.
 */
public final class RoundsPage implements ConsolePage {

  /** Longer than a preview of the largest network takes. */
  private static final long PREVIEW_SECONDS = 60;

  /** A part of the chat's answer, as HTML made safe by {@link MarkupHtml}. */
  public record Part(String kind, String html) {}

  private final DigestAdmin digests;

  public RoundsPage(DigestAdmin digests) {
    this.digests = digests;
  }

  @Override
  public String path() {
    return "/rounds";
  }

  @Override
  public void get(ConsoleRequest request) throws IOException {
    show(request, List.of(), request.done().equals("run") ? RUNNING : "");
  }

  @Override
  public void post(ConsoleRequest request) throws IOException {
    switch (request.param("action")) {
      case "preview" -> show(request, preview(), "");
      case "run" -> {
        digests.runFor(request.who().userId());
        request.redirect(path(), "run");
      }
      default -> request.redirect(path(), "");
    }
  }

  private static final String RUNNING =
      "This week's round is running. When it is done its outcome is sent to you in the chat, and"
          + " the delivery status below follows it.";

  private List<Part> preview() {
    CompletableFuture<Reply> answer = new CompletableFuture<>();
    digests.preview(answer::complete);
    try {
      return parts(answer.get(PREVIEW_SECONDS, TimeUnit.SECONDS).parts());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return List.of(new Part("note", "The preview was interrupted."));
    } catch (ExecutionException | TimeoutException e) {
      return List.of(new Part("note", "The preview took too long. Try again in a minute."));
    }
  }

  private void show(ConsoleRequest request, List<Part> preview, String done) throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("status", parts(digests.status()));
    model.put("preview", preview);
    model.put("done", done);
    request.render("rounds", model);
  }

  /** The chat's buttons are left out: the page has its own forms. */
  private static List<Part> parts(List<ReplyPart> parts) {
    List<Part> shown = new ArrayList<>();
    for (ReplyPart part : parts) {
      if (part instanceof ReplyPart.Heading heading) {
        shown.add(new Part("heading", MarkupHtml.of(heading.text())));
      } else if (part instanceof ReplyPart.Section section) {
        shown.add(new Part("section", MarkupHtml.of(section.markup())));
      } else if (part instanceof ReplyPart.Note note) {
        shown.add(new Part("note", MarkupHtml.of(note.markup())));
      }
    }
    return shown;
  }
}
