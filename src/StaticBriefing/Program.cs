// PLACEHOLDER (owned by the site helper): the CLI (build, preview, annotate, evaluate, bench).
return 0;
