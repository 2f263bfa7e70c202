# Copied from the COINr tools the issue #17 work used, with one change: each timed sample is a batch
# of runs lasting at least 20 ms (after a 20 ms warm-up, doubling from one run), as
# bench/coinrBench.ts times our engine, so both sides see the machine's noise alike:
# COINr 1.1.14 (William Becker, MIT licence) timed in-process by its own pipeline. scripts/bench.mjs
# (bench/coinrBench.ts) runs it as `Rscript bench/coinr/speed-coinr.R <dir> 7` in the same run as
# our engine, on the same tables. Needs R and COINr (R_LIBS); the project never needs them to build
# or test.
#
# Writes the synthetic 10000x50 tables and times COINr on them and on ASEM, in-process.
# Usage: Rscript speed-coinr.R <outdir> <runs>
args <- commandArgs(trailingOnly = TRUE); out <- args[1]; runs <- as.integer(args[2])
suppressMessages(library(COINr))
set.seed(1); n <- 10000; k <- 50
X <- as.data.frame(matrix(runif(n*k), n, k)); names(X) <- paste0("i", 1:k)
iData <- cbind(data.frame(uCode = paste0("U", 1:n), uName = paste0("U", 1:n)), X)
iMeta <- rbind(
  data.frame(Level = 1, iCode = names(X), iName = names(X), Direction = 1, Weight = 1, Parent = paste0("P", rep(1:5, each = 10)), Type = "Indicator"),
  data.frame(Level = 2, iCode = paste0("P", 1:5), iName = paste0("P", 1:5), Direction = 1, Weight = 1, Parent = "Index", Type = "Aggregate"),
  data.frame(Level = 3, iCode = "Index", iName = "Index", Direction = 1, Weight = 1, Parent = NA, Type = "Aggregate"))
write.csv(iData, file.path(out, "syn_iData.csv"), row.names = FALSE)
write.csv(iMeta, file.path(out, "syn_iMeta.csv"), row.names = FALSE, na = "")
pipe <- function(d, m) suppressMessages({ c <- new_coin(d, m, quietly = TRUE); c <- Normalise(c, dset = "Raw", quietly = TRUE); Aggregate(c, dset = "Normalised", f_ag = "a_amean", quietly = TRUE) })
batch_ms <- function(d, m, k) system.time(for (j in 1:k) pipe(d, m))[["elapsed"]] * 1000
tm <- function(d, m) {
  warm <- 0; while (warm < 20) warm <- warm + batch_ms(d, m, 1)
  k <- 1; while (batch_ms(d, m, k) < 20) k <- k * 2
  v <- sapply(1:runs, function(i) batch_ms(d, m, k) / k); c(median(v), min(v), k)
}
a <- tm(ASEM_iData, ASEM_iMeta); s <- tm(iData, iMeta)
cat(sprintf('{"asem_median_ms": %.2f, "asem_min_ms": %.2f, "asem_batch": %d, "syn_median_ms": %.1f, "syn_min_ms": %.1f, "syn_batch": %d}\n', a[1], a[2], as.integer(a[3]), s[1], s[2], as.integer(s[3])))
