import { TestBed } from '@angular/core/testing';
import { UploadField } from './upload-field';

describe('UploadField', () => {
  function setUp(maxBytes = 1000) {
    const fixture = TestBed.createComponent(UploadField);
    fixture.componentRef.setInput('inputId', 'upload-video');
    fixture.componentRef.setInput('label', 'Video');
    fixture.componentRef.setInput('accept', '.mp4,.webm');
    fixture.componentRef.setInput('maxBytes', maxBytes);
    fixture.detectChanges();
    const chosen: File[] = [];
    const rejected: string[] = [];
    fixture.componentInstance.chosen.subscribe((file) => chosen.push(file));
    fixture.componentInstance.rejected.subscribe((reason) => rejected.push(reason));
    const input = fixture.nativeElement.querySelector('input[type=file]') as HTMLInputElement;
    const pick = (file: File) => {
      const transfer = new DataTransfer();
      transfer.items.add(file);
      input.files = transfer.files;
      input.dispatchEvent(new Event('change'));
    };
    return { fixture, chosen, rejected, pick };
  }

  it('passes on a video with an accepted extension and size', () => {
    const { chosen, pick } = setUp();
    pick(new File(['abc'], 'Les.MP4'));
    expect(chosen.map((file) => file.name)).toEqual(['Les.MP4']);
  });

  it('refuses another extension and a file over the limit before anything is sent', () => {
    const { chosen, rejected, pick } = setUp(10);
    pick(new File(['abc'], 'les.mov'));
    pick(new File(['this is more than ten bytes'], 'les.webm'));
    expect(chosen).toEqual([]);
    expect(rejected).toEqual(['type', 'size']);
  });

  it('shows the progress bar and the reasons of a failed upload', () => {
    const { fixture } = setUp();
    fixture.componentRef.setInput('percent', 40);
    fixture.componentRef.setInput('messages', ['Regel 6: de tijd klopt niet.']);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('mat-progress-bar')).not.toBeNull();
    expect(element.querySelector('[role=alert]')?.textContent).toContain('Regel 6');
  });
});
