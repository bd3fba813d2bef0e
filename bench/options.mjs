/** The command line of a bench script: `option('--size', '20000')` reads the word after a name, `flag('--stacks')` whether a name is there. */
const argv = process.argv.slice(2);

export const option = (name, fallback) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : fallback);

export const flag = (name) => argv.includes(name);
