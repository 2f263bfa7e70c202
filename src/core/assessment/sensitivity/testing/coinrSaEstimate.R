# Golden for sobolIndices: COINr 1.1.14's SA_estimate on the Ishigami function over COINr's own
# SA_sample design (N = 200, d = 3, set.seed(17)). Run: R_LIBS=<lib> Rscript coinrSaEstimate.R
# Writes coinrSaEstimate.json (the outputs y and COINr's variance, Si, STi) beside this script.
library(COINr)
set.seed(17)
N <- 200
X <- SA_sample(N, 3)
x <- pi * (2 * X - 1)
y <- sin(x[, 1]) + 7 * sin(x[, 2])^2 + 0.1 * x[, 3]^4 * sin(x[, 1])
out <- SA_estimate(y, N = N, d = 3)
json <- paste0(
  '{"coinr":"', as.character(packageVersion("COINr")), '","n":', N, ',"d":3,',
  '"y":[', paste(sprintf("%.17g", y), collapse = ","), '],',
  '"variance":', sprintf("%.17g", out$Variance), ',',
  '"first":[', paste(sprintf("%.17g", out$SensInd$Si), collapse = ","), '],',
  '"total":[', paste(sprintf("%.17g", out$SensInd$STi), collapse = ","), ']}\n'
)
cat(json, file = "coinrSaEstimate.json")
