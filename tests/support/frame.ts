/** A fixture page (tests/fixtures/pages/) in an iframe, once it has loaded: the drop-in ran as it was parsed. */
export async function openPage(pathAndHash: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/tests/fixtures/pages/${pathAndHash}`;
  document.body.append(frame);
  await loaded;
  return frame;
}
