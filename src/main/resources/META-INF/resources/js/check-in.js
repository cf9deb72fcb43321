// The door: where the browser can read QR codes (BarcodeDetector), a button turns on the camera; a code it sees is
// put into the form and sent, as if typed. Typing or pasting always works without this script.
(function () {
  const scanner = document.getElementById('scanner');
  const form = document.getElementById('check-in-form');
  if (!scanner || !form || !('BarcodeDetector' in window) || !navigator.mediaDevices) {
    return;
  }
  scanner.hidden = false;
  const video = document.getElementById('camera');
  const input = document.getElementById('code');
  document.getElementById('scan').addEventListener('click', async function () {
    let stream;
    try {
      const formats = await BarcodeDetector.getSupportedFormats();
      if (!formats.includes('qr_code')) {
        scanner.hidden = true;
        return;
      }
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
    } catch (e) {
      scanner.hidden = true;
      return;
    }
    const detector = new BarcodeDetector({ formats: ['qr_code'] });
    video.srcObject = stream;
    video.hidden = false;
    await video.play();
    const look = async function () {
      const codes = await detector.detect(video).catch(function () { return []; });
      if (codes.length > 0) {
        stream.getTracks().forEach(function (t) { t.stop(); });
        input.value = codes[0].rawValue;
        form.submit();
        return;
      }
      requestAnimationFrame(look);
    };
    look();
  });
})();
