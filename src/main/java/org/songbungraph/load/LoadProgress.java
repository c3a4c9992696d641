package org.songbungraph.load;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.Charset;
import java.util.OptionalInt;
import java.util.function.Consumer;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.InteractiveConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarConsumer;
import me.tongfei.progressbar.ProgressBarStyle;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * Where a load shows its progress: one bar per CSV file (rows, rows per second, time left) on the stream the
 * per-script lines go to. On a terminal the bar redraws in place; anywhere else (a pipe, a CI log, a captured
 * one-shot run) it prints a plain line at most every few seconds and once when the file is done.
 */
final class LoadProgress {

    private static final int LINE_WIDTH = 100;
    private static final int TERMINAL_UPDATE_MILLIS = 500;
    private static final int LINE_UPDATE_MILLIS = 5000;

    private final PrintStream out;
    private final OptionalInt terminalWidth;

    private LoadProgress(PrintStream out, OptionalInt terminalWidth) {
        this.out = out;
        this.terminalWidth = terminalWidth;
    }

    /** Bars that redraw in place only when {@code out} is standard error and that is a terminal. */
    static LoadProgress to(PrintStream out) {
        return new LoadProgress(out, out == System.err ? stderrTerminalWidth() : OptionalInt.empty());
    }

    /** Whether bars redraw in place (a terminal) rather than print lines. */
    boolean redraws() {
        return terminalWidth.isPresent();
    }

    /** A bar for {@code file}, whose {@code rows} are known from the import check. */
    Bar bar(String file, long rows) {
        return new Bar(file, rows);
    }

    /** One file's bar. Estimates only move it forward and never past the file's rows. */
    final class Bar implements AutoCloseable {

        private final long rows;
        private final ProgressBar bar;
        private volatile long shown;
        private volatile boolean closing;

        private Bar(String file, long rows) {
            this.rows = rows;
            ProgressBarBuilder builder = new ProgressBarBuilder()
                    .setTaskName("  " + file) // indented like the per-script lines
                    .setInitialMax(rows)
                    .setUnit(" rows", 1)
                    .showSpeed();
            if (terminalWidth.isPresent()) {
                // The width is given, so the library never opens a JLine terminal of its own next to Spring Shell's.
                builder.setConsumer(new InteractiveConsoleProgressBarConsumer(out, terminalWidth.getAsInt() - 1))
                        .setStyle(canEncodeBlocks() ? ProgressBarStyle.UNICODE_BLOCK : ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(TERMINAL_UPDATE_MILLIS);
            } else {
                builder.setConsumer(lines())
                        .setStyle(ProgressBarStyle.ASCII)
                        .setUpdateIntervalMillis(LINE_UPDATE_MILLIS);
            }
            this.bar = builder.build();
        }

        /** Rows done as estimated while the statement runs. */
        synchronized void rowsDone(long estimate) {
            long capped = Math.min(estimate, rows);
            if (capped > shown) {
                shown = capped;
                bar.stepTo(capped);
            }
        }

        /** The statement ended: every row of the file was read. */
        synchronized void finished() {
            shown = rows;
            bar.stepTo(rows);
        }

        /** Draws the bar one last time, where it got to. */
        @Override
        public void close() {
            closing = true;
            bar.close();
        }

        private ProgressBarConsumer lines() {
            return new DelegatingProgressBarConsumer(
                    new Consumer<>() {
                        private String last;

                        @Override
                        public void accept(String rendered) {
                            // No 0% line in a log: a file that loads between two updates shows up once, done.
                            if (shown == 0 && !closing) {
                                return;
                            }
                            // Nor a line whose rows did not move; only the times after " (" would differ.
                            int times = rendered.indexOf(" (");
                            String rows = times < 0 ? rendered : rendered.substring(0, times);
                            if (!rows.equals(last)) {
                                last = rows;
                                out.println(rendered.stripTrailing());
                            }
                        }
                    },
                    LINE_WIDTH);
        }
    }

    /** The width of standard error if it is a terminal, asked of JLine without opening a terminal. */
    private static OptionalInt stderrTerminalWidth() {
        try {
            TerminalProvider provider = TerminalProvider.load("exec");
            if (provider.isSystemStream(SystemStream.Error)) {
                int width = provider.systemStreamWidth(SystemStream.Error);
                return OptionalInt.of(width > 20 ? width : 80);
            }
        } catch (IOException | RuntimeException | LinkageError e) {
            // No way to tell (say, on Windows without a native provider): plain lines are always safe.
        }
        return OptionalInt.empty();
    }

    private static boolean canEncodeBlocks() {
        String encoding = System.getProperty(
                "sun.stderr.encoding", Charset.defaultCharset().name());
        try {
            return Charset.forName(encoding).newEncoder().canEncode('\u2588');
        } catch (RuntimeException e) {
            return false;
        }
    }
}
