import { ChangeDetectionStrategy, Component, OnInit, inject } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCard, MatCardContent } from '@angular/material/card';
import { MatIcon } from '@angular/material/icon';
import { RouterLink } from '@angular/router';
import { Store } from '@ngrx/store';
import { TranslatePipe } from '../../../core/i18n/translate.pipe';
import type { RememberedStudent } from '../data/remembered-students';
import { StudentJoinPageActions } from '../state/student-join.actions';
import { studentJoinFeature } from '../state/student-join.feature';
import { CodeForm } from '../ui/code-form';
import { RememberedStudentList } from '../ui/remembered-student-list';

/** Step 1: class code (or pick yourself); step 2: personal code. */
@Component({
  selector: 'app-student-join-page',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [CodeForm, MatButton, MatCard, MatCardContent, MatIcon, RememberedStudentList, RouterLink, TranslatePipe],
  templateUrl: './student-join-page.html',
  styleUrl: './student-join-page.scss',
})
export class StudentJoinPage implements OnInit {
  private readonly store = inject(Store);
  protected readonly joinedClass = this.store.selectSignal(studentJoinFeature.selectJoinedClass);
  protected readonly pending = this.store.selectSignal(studentJoinFeature.selectPending);
  protected readonly error = this.store.selectSignal(studentJoinFeature.selectError);
  protected readonly remembered = this.store.selectSignal(studentJoinFeature.selectRemembered);

  ngOnInit(): void {
    this.store.dispatch(StudentJoinPageActions.opened());
  }

  protected submitClassCode(classCode: string): void {
    this.store.dispatch(StudentJoinPageActions.classCodeSubmitted({ classCode }));
  }

  protected submitPersonalCode(classCode: string, personalCode: string): void {
    this.store.dispatch(StudentJoinPageActions.personalCodeSubmitted({ classCode, personalCode }));
  }

  protected chooseOtherClass(): void {
    this.store.dispatch(StudentJoinPageActions.otherClassChosen());
  }

  protected pick(student: RememberedStudent): void {
    this.store.dispatch(StudentJoinPageActions.rememberedStudentPicked({ student }));
  }

  protected forget(student: RememberedStudent): void {
    this.store.dispatch(StudentJoinPageActions.rememberedStudentForgotten({ student }));
  }
}
