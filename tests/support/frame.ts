/**
 * A fixture page (tests/fixtures/pages/) in an iframe, once it has loaded: the drop-in ran as it was
 * parsed. `size` ("1000px 800px"): a frame wide enough for a finder's list beside its map.
 */
export async function openPage(pathAndHash: string, size?: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  if (size) [frame.style.width, frame.style.height] = size.split(' ') as [string, string];
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/tests/fixtures/pages/${pathAndHash}`;
  document.body.append(frame);
  await loaded;
  return frame;
}
