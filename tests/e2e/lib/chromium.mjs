// How every test, benchmark and screenshot launches Debian's Chromium (never a downloaded
// browser): the flags keep it off the network, which this machine does not have.
export const CHROMIUM_PATH = process.env.CHROME_BIN || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--autoplay-policy=no-user-gesture-required',
  // Only 127.0.0.1: no other host name resolves, and no proxy is used.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  '--no-proxy-server',
];
