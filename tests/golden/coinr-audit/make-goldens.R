# Golden files for the statistical audit, made with COINr 1.1.14 on its ASEM example.
# Run from the repository root:
#   R_LIBS=/tmp/Rlib Rscript tests/golden/coinr-audit/make-goldens.R
# Reads examples/coinr-asem/ASEM_iData.csv and ASEM_iMeta.csv (the repository's copies) and writes,
# next to this script, every number with 17 significant digits (empty = NA):
#   treated.csv       uCode + the 49 indicators after COINr's default Treat (dset "Raw")
#   treatment.csv     iCode, winsorised (points Winsorised in the final values), log (TRUE/FALSE),
#                     units (uCodes of the Winsorised points, ";"-separated), from Treated_Points
#   aggregated.csv    uCode + normalised indicators, pillars, sub-indices, Index
#                     (Treat -> min-max 0-100 -> weighted arithmetic mean)
#   correlations.csv  parent, indicator, pearson, spearman: get_corr(dset = "Aggregated",
#                     Levels = c(1, 2), withparent = TRUE, pval = 0), pairwise complete
#   within.csv        parent, ind1, ind2, pearson: indicator x indicator within each pillar
#                     (stats::cor on the normalised indicators, pairwise complete, as get_corr does)
#   vectors*.csv      small columns (ties, negative skew, log_CT, a constant, gaps) through
#                     Treat.data.frame: inputs, treated values, record (rows are 0-based)
#   cronbach.csv      aggregate, alpha: get_cronbach(dset = "Normalised", iCodes = aggregate, Level = 1)
suppressPackageStartupMessages(library(COINr))
stopifnot(packageVersion("COINr") == "1.1.14")
out <- "tests/golden/coinr-audit"
iData <- read.csv("examples/coinr-asem/ASEM_iData.csv", check.names = FALSE, na.strings = "",
                  stringsAsFactors = FALSE)
iMeta <- read.csv("examples/coinr-asem/ASEM_iMeta.csv", check.names = FALSE, na.strings = "",
                  stringsAsFactors = FALSE)
coin <- new_coin(iData, iMeta, quietly = TRUE)
coin <- Treat(coin, dset = "Raw")
coin <- Normalise(coin, dset = "Treated", global_specs = list(f_n = "n_minmax", f_n_para = list(l_u = c(0, 100))))
coin <- Aggregate(coin, dset = "Normalised", f_ag = "a_amean")

fmt <- function(df) {
  for (name in names(df)) if (is.numeric(df[[name]])) {
    df[[name]] <- ifelse(is.na(df[[name]]), "", sprintf("%.17g", df[[name]]))
  }
  df
}
write <- function(df, file) write.csv(fmt(df), file.path(out, file), row.names = FALSE, na = "")

treated <- get_dset(coin, "Treated")
write(treated, "treated.csv")
write(get_dset(coin, "Aggregated"), "aggregated.csv")

# Treatment record: Treated_Points marks "winhi"/"winlo" (possibly "winhi+log_CT" when the log
# replaced the Winsorised values) and "log_CT" for log-transformed columns.
points <- coin$Analysis$Treated$Treated_Points
inds <- iMeta$iCode[iMeta$Type == "Indicator"]
rec <- do.call(rbind, lapply(inds, function(code) {
  marks <- points[[code]]
  if (is.null(marks)) marks <- rep("", nrow(points))
  logged <- any(grepl("log_CT", marks))
  win <- if (logged) integer(0) else which(marks %in% c("winhi", "winlo"))
  data.frame(iCode = code, winsorised = length(win), log = logged,
             units = paste(sort(treated$uCode[win]), collapse = ";"))
}))
write(rec, "treatment.csv")

lin <- coin$Meta$Lineage
corr_of <- function(method) {
  cr <- get_corr(coin, dset = "Aggregated", Levels = c(1, 2), withparent = TRUE, pval = 0,
                 cortype = method)
  names(cr) <- c("parent", "indicator", method)
  cr
}
cr <- merge(corr_of("pearson"), corr_of("spearman"), by = c("parent", "indicator"))
write(cr[order(cr$parent, cr$indicator), ], "correlations.csv")

norm <- get_dset(coin, "Normalised")
within <- do.call(rbind, lapply(unique(lin[[2]]), function(p) {
  codes <- unique(lin[[1]][lin[[2]] == p])
  m <- stats::cor(norm[codes], use = "pairwise.complete.obs", method = "pearson")
  pairs <- expand.grid(ind1 = codes, ind2 = codes, stringsAsFactors = FALSE)
  pairs <- pairs[match(pairs$ind1, codes) < match(pairs$ind2, codes), ]
  data.frame(parent = p, ind1 = pairs$ind1, ind2 = pairs$ind2,
             pearson = m[cbind(pairs$ind1, pairs$ind2)])
}))
write(within, "within.csv")

aggs <- iMeta$iCode[iMeta$Type == "Aggregate"]
alpha <- data.frame(aggregate = aggs, alpha = sapply(aggs, function(a)
  get_cronbach(coin, dset = "Normalised", iCodes = a, Level = 1)))
write(alpha, "cronbach.csv")
# Small columns through Treat.data.frame: ties at the top, a negative skew, a column that still
# fails after five Winsorised points (log_CT), a constant column and one with missing values.
vectors <- data.frame(
  ties = c(rep(1, 41), 2, 3, 9, 9, 50, 50, 50),
  negative = c(-80, -75, seq(1, 46)),
  logged = c(rep(1, 40), 10, 20, 40, 80, 160, 320, 640, 1280),
  logfails = -c(rep(1, 40), 5^(1:8)),
  fivewins = c(1:40, 1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000),
  constant = rep(4, 48),
  gaps = c(NA, 1:20, NA, 100, 200, 21:42, NA, NA)
)
tv <- Treat(vectors)
write(tv$x_treat, "vectors-treated.csv")
vrec <- do.call(rbind, lapply(names(vectors), function(code) {
  marks <- tv$Treated_Points[[code]]
  if (is.null(marks)) marks <- rep("", nrow(vectors))
  logged <- any(grepl("log_CT", marks))
  win <- if (logged) integer(0) else which(marks %in% c("winhi", "winlo"))
  data.frame(iCode = code, winsorised = length(win), log = logged,
             rows = paste(win - 1, collapse = ";"))
}))
write(vrec, "vectors-treatment.csv")
write(vectors, "vectors.csv")
cat("written to", out, "\n")
