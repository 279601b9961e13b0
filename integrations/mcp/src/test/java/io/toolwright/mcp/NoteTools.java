package io.toolwright.mcp;

import io.toolwright.annotation.Context;
import io.toolwright.annotation.Effect;
import io.toolwright.annotation.Tool;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;

/** The tools the server tests serve: notes of the signed-in user, with a tool that fails. */
public class NoteTools {

  /** A stored note. */
  public record Note(String owner, String text, int stars) {}

  final List<Note> notes = new ArrayList<>();

  /**
   * Keeps a note for the signed-in user and returns it.
   *
   * @param user the signed-in user
   * @param text what to remember
   * @param stars how much it matters, 1 to 5
   */
  @Tool(effect = Effect.WRITE)
  public Note addNote(
      @Context String user, @NotBlank @Size(max = 50) String text, @Min(1) @Max(5) int stars) {
    Note note = new Note(user, text, stars);
    notes.add(note);
    return note;
  }

  /**
   * Counts the notes of the signed-in user.
   *
   * @param user the signed-in user
   */
  @Tool(effect = Effect.READ_ONLY)
  public int countNotes(@Context String user) {
    return (int) notes.stream().filter(note -> note.owner().equals(user)).count();
  }

  /** Always fails, as a tool whose backend is down. */
  @Tool(effect = Effect.READ_ONLY)
  public String syncNotes() {
    throw new IllegalStateException("the notes backend is down");
  }
}
