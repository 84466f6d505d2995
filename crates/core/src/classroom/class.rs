//! A class across the lab: made on the teacher's computer, carried to every
//! lab computer in a class file, and its learners' progress carried back in
//! progress files and merged. Every merge is by record uid, in one
//! transaction per file: importing a file again, or files that overlap,
//! changes nothing; a refused file changes nothing at all.

use argon2::password_hash::rand_core::{OsRng, RngCore};
use uuid::Uuid;

use super::envelope::FileError;
use super::files::{ClassFile, ClassInfo, LearnerInfo, LearnerProgress, ProgressFile};
use crate::progress::{ClassRow, Db, Merged, NewProfileRow, Profile, StoreError};
use crate::Locale;

#[derive(Debug, thiserror::Error)]
pub enum ClassroomError {
    #[error("{0}")]
    File(#[from] FileError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A class name as part of a file name: "5° B, turno matutino" →
/// "5-b-turno-matutino". The degree and ordinal signs of Mexican grade
/// names are dropped rather than spelled out ("5deg").
pub(crate) fn file_slug(name: &str) -> String {
    slug::slugify(name.replace(['°', 'º', 'ª'], ""))
}

/// A fresh key to sign a class's progress files: 32 random bytes, as hex.
pub fn new_key() -> String {
    let mut key = [0u8; 32];
    OsRng.fill_bytes(&mut key);
    hex::encode(key)
}

pub fn create_class(db: &Db, name: &str, school_year: &str) -> Result<ClassRow, StoreError> {
    db.create_class(name, school_year, &new_key())
}

/// Adds new learners from a roster, one nickname each (already validated),
/// skipping nicknames the class already has. Returns the learners added.
pub fn add_roster(
    db: &Db,
    class_id: i64,
    nicknames: &[String],
    band: crate::AgeBand,
    locale: Locale,
) -> Result<Vec<Profile>, StoreError> {
    db.write(|tx| {
        let mut known: Vec<String> = tx.members(class_id)?.into_iter().map(|p| p.nickname.to_lowercase()).collect();
        let mut added = Vec::new();
        for nickname in nicknames {
            if known.contains(&nickname.to_lowercase()) {
                continue;
            }
            let new = NewProfileRow { nickname: nickname.clone(), avatar: ROSTER_AVATAR.into(), band, locale };
            let profile = tx.create_profile(&new)?;
            tx.add_member(class_id, profile.id)?;
            known.push(nickname.to_lowercase());
            added.push(profile);
        }
        Ok(added)
    })
}

/// The avatar of a learner added from a roster, until they pick their own.
pub const ROSTER_AVATAR: &str = "🙂";

fn learner_info(p: &Profile) -> LearnerInfo {
    LearnerInfo { uid: p.uid, nickname: p.nickname.clone(), avatar: p.avatar.clone(), band: p.band }
}

/// The class file of a class, and a file name for it.
pub fn class_file(db: &Db, class_id: i64) -> Result<(String, Vec<u8>), StoreError> {
    let class = db.class(class_id)?;
    let file = ClassFile {
        class: ClassInfo { uid: class.uid, name: class.name.clone(), school_year: class.school_year.clone(), key: class.key },
        learners: db.members(class_id)?.iter().map(learner_info).collect(),
    };
    Ok((format!("ciberescudo-class-{}.json", file_slug(&class.name)), file.to_bytes()))
}

/// What importing a class file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassImport {
    pub class: ClassRow,
    pub learners_added: u32,
    pub learners_known: u32,
}

/// Creates (or updates) the class and its learners with the same uids as on
/// the teacher's computer. Learners already here keep their progress.
pub fn import_class_file(db: &Db, bytes: &[u8], locale: Locale) -> Result<ClassImport, ClassroomError> {
    let file = ClassFile::from_bytes(bytes)?;
    Ok(db.write(|tx| {
        let c = &file.class;
        let class = tx.upsert_class(c.uid, &c.name, &c.school_year, &c.key)?;
        let (mut added, mut known) = (0, 0);
        for learner in &file.learners {
            let profile = match tx.profile_by_uid(learner.uid) {
                Ok(profile) => {
                    known += 1;
                    profile
                }
                Err(StoreError::NotFound) => {
                    added += 1;
                    let new = NewProfileRow {
                        nickname: learner.nickname.clone(),
                        avatar: learner.avatar.clone(),
                        band: learner.band,
                        locale,
                    };
                    tx.create_profile_with_uid(&new, learner.uid)?
                }
                Err(e) => return Err(e),
            };
            tx.add_member(class.id, profile.id)?;
        }
        Ok(ClassImport { class, learners_added: added, learners_known: known })
    })?)
}

/// Everything the class's learners did on this computer, as a progress file
/// for the teacher, and a name for it that no other computer's file has.
pub fn progress_file(db: &Db, class_id: i64, exported_at: i64) -> Result<(String, Vec<u8>), StoreError> {
    let class = db.class(class_id)?;
    let device = db.device_uid()?;
    let learners = db
        .members(class_id)?
        .iter()
        .map(|p| {
            let data = db.learner_data(p.id)?;
            Ok(LearnerProgress {
                learner: learner_info(p),
                quiz_attempts: data.quiz_attempts,
                activity_results: data.activity_results,
            })
        })
        .collect::<Result<Vec<_>, StoreError>>()?;
    let file = ProgressFile { class_uid: class.uid, device, exported_at, learners };
    let key = hex::decode(&class.key).map_err(|_| StoreError::NotFound)?;
    let date = super::dates::local_date(exported_at);
    let short_device = device.simple().to_string()[..8].to_owned();
    let name = format!("ciberescudo-progress-{}-{short_device}-{date}.json", file_slug(&class.name));
    Ok((name, file.to_bytes(&key)))
}

/// What importing a progress file did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProgressImport {
    pub class: ClassRow,
    pub learners_added: u32,
    pub merged: Merged,
}

/// Merges a progress file into this computer's progress: all of it, or,
/// if anything is wrong with it, none of it.
pub fn import_progress_file(db: &Db, bytes: &[u8], locale: Locale) -> Result<ProgressImport, ClassroomError> {
    let classes = db.classes()?;
    let key_of = |uid: Uuid| classes.iter().find(|c| c.uid == uid).and_then(|c| hex::decode(&c.key).ok());
    let file = ProgressFile::from_bytes(bytes, key_of)?;
    let class = db.class_by_uid(file.class_uid)?;
    let merged = db.write(|tx| {
        let mut import = ProgressImport { class: class.clone(), learners_added: 0, merged: Merged::default() };
        for learner in &file.learners {
            let profile = match tx.profile_by_uid(learner.learner.uid) {
                Ok(profile) => profile,
                Err(StoreError::NotFound) => {
                    import.learners_added += 1;
                    let l = &learner.learner;
                    let new = NewProfileRow { nickname: l.nickname.clone(), avatar: l.avatar.clone(), band: l.band, locale };
                    tx.create_profile_with_uid(&new, l.uid)?
                }
                Err(e) => return Err(e),
            };
            tx.add_member(class.id, profile.id)?;
            for attempt in &learner.quiz_attempts {
                import.merged.add(tx.merge_attempt(profile.id, attempt)?);
            }
            for activity in &learner.activity_results {
                import.merged.add(tx.merge_activity(profile.id, activity)?);
            }
        }
        Ok(import)
    });
    match merged {
        // A record no export writes (a uid that is not one, an attempt that
        // belongs to another learner here): the file is damaged, not the
        // database, and the transaction left nothing of it behind.
        Err(StoreError::NotFound) => Err(FileError::Damaged.into()),
        other => Ok(other?),
    }
}

/// A learner who made a profile by hand on this computer is matched, once,
/// to their learner from the class roster: everything they did moves to the
/// roster learner, whose uid every computer knows, and the hand-made
/// profile goes away.
pub fn match_to_roster(db: &Db, hand_made: i64, roster: i64) -> Result<(), StoreError> {
    if hand_made == roster {
        return Ok(());
    }
    db.write(|tx| {
        tx.profile(hand_made)?;
        tx.profile(roster)?;
        tx.move_progress(hand_made, roster)?;
        tx.delete_profile(hand_made)
    })
}
